#pragma once

#include "core/common/expected.h"

#include <QString>

namespace casedesk::store {
class Database;
}

namespace casedesk::bench {

/// What a benchmark store holds and the time its figures refer to.
struct BenchStoreInfo
{
    QString path;
    qint64 now = 0; // "now" of the generated history (UTC ms): the newest message is just before
    bool generated = false; // false: an existing cached store was reused
    double generationSeconds = 0;
    qint64 messages = 0;
    qint64 cases = 0;
};

/// The words the generator plants, so that searches can be timed on a common and a rare one.
inline constexpr char kCommonWord[] = "hỏi";
inline constexpr char kRareWord[] = "máy cày";

/// Builds (once) a store like a province's after a few years: 1,000,000 messages in 300,000
/// cases over the 127 units of the shipped tree, written through IngestStore as sync writes
/// them, with a realistic mix of categories, urgency, deadlines, answers, follow-ups and
/// auto-closed cases. A finished store is marked by PATH.done and reused as it is. The location
/// may also be a PostgreSQL address (postgresql://…): the database is initialised, the store
/// written into it the same way, and a finished one marked by a settings row (kServerMarker)
/// instead of a file; a half-built one is emptied (its public schema dropped) and started again.
class BenchStore final
{
public:
    struct Options
    {
        qint64 messages = 1000000;
        qint64 cases = 300000;
        quint32 seed = 20261130;
        bool verbose = true;
    };

    /// The settings row that marks a finished store on a server: "MESSAGES CASES".
    static constexpr char kServerMarker[] = "bench_store";

    static Expected<BenchStoreInfo> ensure(const QString &path, const Options &options);
    /// The fixed "now" of every benchmark store (2026-11-30 09:00 in Trà Vinh).
    static qint64 referenceNow();

    /// Drops everything of the server database @p db is open on (its public schema): the next
    /// Database::initialize() starts from an empty schema. Refused, changing nothing, when the
    /// database holds a case or message the generator did not write (benchmark databases only).
    static Status discardServerStore(store::Database &db, const QString &url);
    /// Marks the store on a server as finished with @p info's counts (settings row kServerMarker).
    static Expected<BenchStoreInfo> markServerStore(store::Database &db, const BenchStoreInfo &info);

private:
    static Expected<BenchStoreInfo> ensureOnServer(const QString &url, const Options &options);
    static Status generate(store::Database &db, const Options &options, BenchStoreInfo &info);
};

} // namespace casedesk::bench
