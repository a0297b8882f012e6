#pragma once

#include "core/common/clock.h"
#include "core/simulator/zalosimulator.h"
#include "httpprobe.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <memory>

/// A clock that stands still unless a test moves it.
class FixedClock final : public casedesk::Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600);
}

inline QVector<casedesk::simulator::SimUnit> testUnits(int count)
{
    QVector<casedesk::simulator::SimUnit> units;
    for (int i = 1; i <= count; ++i)
        units.append({QStringLiteral("T%1").arg(i), QStringLiteral("Công an xã Thử %1").arg(i), QStringLiteral("Xã Thử %1").arg(i)});
    return units;
}

inline casedesk::simulator::SimulatorConfig testConfig(quint64 seed = 42, int units = 3, int history = 60)
{
    casedesk::simulator::SimulatorConfig config;
    config.units = testUnits(units);
    config.seed = seed;
    config.historyMessagesPerAccount = history;
    config.historyEnd = testNow();
    return config;
}

/// A simulator listening on a free port with a clock the test controls, and a client for it.
struct Running
{
    explicit Running(casedesk::simulator::SimulatorConfig config)
        : clock(testNow())
        , sim(std::make_unique<casedesk::simulator::ZaloSimulator>(std::move(config), &clock))
    {
        auto port = sim->listen();
        REQUIRE(port.ok());
        REQUIRE(*port > 0);
        http = std::make_unique<HttpProbe>(sim->baseUrl());
    }

    /// A fresh access token for @p account (rotating its refresh token).
    QString accessToken(const casedesk::simulator::SimulatedAccount &account)
    {
        const HttpAnswer a = http->refresh(account.appId, account.secretKey, account.refreshToken);
        REQUIRE(a.status == 200);
        REQUIRE(a.isJson);
        const QString token = a.json.value(QStringLiteral("access_token")).toString();
        REQUIRE(!token.isEmpty());
        return token;
    }

    FixedClock clock;
    std::unique_ptr<casedesk::simulator::ZaloSimulator> sim;
    std::unique_ptr<HttpProbe> http;
};

inline QByteArray pageData(int offset, int count)
{
    return QStringLiteral("{\"offset\":%1,\"count\":%2}").arg(offset).arg(count).toUtf8();
}

inline QByteArray conversationData(const QString &userId, int offset, int count, bool quoted = true)
{
    const QString id = quoted ? QLatin1Char('"') + userId + QLatin1Char('"') : userId;
    return QStringLiteral("{\"user_id\":%1,\"offset\":%2,\"count\":%3}").arg(id).arg(offset).arg(count).toUtf8();
}

inline QByteArray answerBody(const QString &userId, const QString &text, const QString &quote = {})
{
    QJsonObject message {{QStringLiteral("text"), text}};
    if (!quote.isEmpty())
        message.insert(QStringLiteral("quote_message_id"), quote);
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("recipient"), QJsonObject {{QStringLiteral("user_id"), userId}}},
                             {QStringLiteral("message"), message},
                         })
        .toJson(QJsonDocument::Compact);
}
