#pragma once

// Citizens' satisfaction (chỉ số hài lòng, issue 18): when a unit asks, a case closed after an
// answer while Zalo's free 48 hours are still open gets one short question through the outbox;
// a reply that is only a rating (1–5, as a digit or in words) within the window is recorded on
// the case instead of opening a new one. Never for a crime report or a protected reporter: the
// informant is not contacted without an officer.

#include "core/domain/casetypes.h"

#include <QString>

#include <optional>

namespace casedesk::domain {

/// The question sent to the citizen. It is what the citizen reads, in Vietnamese whatever the
/// officer's interface language, like an answer.
QString satisfactionQuestion();

/// How long after the question was sent a rating is taken as its reply (Zalo's reply window).
inline constexpr qint64 kSatisfactionReplyMs = kReplyWindowMs;

/// The rating a citizen's message gives, when the message is only that: "5", "4 sao", "5/5",
/// "rất hài lòng", "hai long a", "ko hài lòng", "bình thường ạ", with or without diacritics and
/// polite words around it. nullopt for anything else ("5 ngày rồi chưa có căn cước", a new
/// question, a complaint), which is a new matter and opens a case as before.
std::optional<int> satisfactionRating(const QString &text);

/// Whether a case closing now gets the question: the unit asks, it is no crime report and its
/// reporter is not protected, it was answered, Zalo's free window is open, and it was never asked.
bool asksSatisfaction(const CaseSummary &c, bool unitAsks, bool alreadyAsked, qint64 nowMs);

} // namespace casedesk::domain
