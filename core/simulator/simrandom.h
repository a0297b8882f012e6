#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace casedesk::simulator {

/// The simulator's deterministic random source: the same seed gives the same world on every
/// platform (own arithmetic instead of the standard distributions, which differ by library).
class SimRandom final
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(mix(seed))
    {
    }

    /// splitmix64: spreads nearby seeds (seed, seed + 1, …) far apart.
    static quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    quint64 next() { return m_engine(); }
    /// 0 … n-1 (n > 0).
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

    /// A 19-digit id above 2^53 that still fits a signed 64-bit integer (as Zalo's ids do).
    QString digitId() { return QString::number(1000000000000000000ULL + next() % 8000000000000000000ULL); }
    /// @p length lowercase hex digits (Zalo message ids look like "ccc5500cdb7842201b6f").
    QString hexId(int length)
    {
        static const char digits[] = "0123456789abcdef";
        QString s(length, Qt::Uninitialized);
        quint64 bits = 0;
        for (int i = 0; i < length; ++i) {
            if (i % 16 == 0)
                bits = next();
            s[i] = QLatin1Char(digits[bits & 0xF]);
            bits >>= 4;
        }
        return s;
    }
    /// @p length characters of [A-Za-z0-9_-] (tokens, secrets).
    QString token(int length)
    {
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        QString s(length, Qt::Uninitialized);
        quint64 bits = 0;
        for (int i = 0; i < length; ++i) {
            if (i % 10 == 0)
                bits = next();
            s[i] = QLatin1Char(alphabet[bits & 0x3F]);
            bits >>= 6;
        }
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace casedesk::simulator
