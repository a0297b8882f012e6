#pragma once

#include <QtGlobal>

namespace casedesk::sync {

/// How sync polls: every value is a setting a unit may change.
struct SyncOptions
{
    /// Pause between the end of one poll of an account and the start of the next.
    qint64 intervalMs = 15000;
    /// intervalMs was given on the command line: the stored setting (Thiết lập) does not replace it.
    bool intervalGiven = false;
    /// Accounts polled at the same time (worker threads).
    int concurrency = 4;
    /// How far back the first sync of an account reads.
    int backfillDays = 30;
    /// A citizen's profile is fetched again after this many days.
    int profileRefreshDays = 30;
    /// Most pages of listrecentchat one poll reads.
    int maxRecentPages = 500;
    /// Most pages of one conversation one poll reads.
    int maxConversationPages = 200;
    /// An answered case with no new citizen message for this many days is closed.
    int autoCloseDays = 7;
    /// Requests a minute one Zalo app may make, shared by all its accounts (Zalo's quota).
    int requestsPerMinute = 4000;
    /// New messages gathered before they are committed in one transaction (whole conversations).
    int batchMessages = 500;
    /// listrecentchat rows this much older than the last poll's newest are still looked at.
    qint64 overlapMs = 10 * 60 * 1000;
    /// Shared database: a sync host renews its leases this often…
    qint64 leaseRenewMs = 5000;
    /// …and another host takes an account over this long after its holder's last heartbeat. The
    /// holder itself stops calling Zalo for it after two thirds of this without a renewal.
    qint64 leaseExpiryMs = 30000;
};

} // namespace casedesk::sync
