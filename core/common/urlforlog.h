#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk {

/// The part of a URL that may be logged: scheme, host (with port) and path. The query and the
/// fragment are dropped because Zalo's GET calls carry citizens' user ids in them
/// (?data={"user_id":…}); userinfo is dropped because it may hold a password. Every URL that
/// reaches a log goes through here.
QString urlForLog(const QByteArray &url);

} // namespace casedesk
