#pragma once

#include "core/common/expected.h"
#include "core/domain/casetypes.h"

#include <functional>
#include <optional>

namespace casedesk {
class Clock;
}

namespace casedesk::store {

class Database;

/// The answer library (mẫu trả lời): templates with title, text, category, legal basis and a
/// review date, editable by the editorial team. A new store gets the shipped starter set
/// (resources/templates/templates-vi.json) once; deleted templates do not come back.
/// Texts may hold {code} (the case code) and {unit} (the unit's name), filled by fill().
class TemplateStore final
{
public:
    /// The slug of the acknowledgement sent on receipt or forward ("Đã tiếp nhận, mã hồ sơ …").
    static QString acknowledgementSlug() { return QStringLiteral("acknowledgement"); }
    /// The shipped starter set, as a Qt resource path.
    static QString starterSetPath() { return QStringLiteral(":/casedesk/templates/templates-vi.json"); }

    TemplateStore(Database &db, const Clock &clock);

    /// Loads the starter set when this store never had one; returns how many were added.
    Expected<int> seedIfNew(const QString &path = starterSetPath());
    /// Reads a template file ({"templates":[{slug,title,category,legal_basis,review_date,text}]}).
    static Expected<QVector<domain::AnswerTemplate>> readFile(const QString &path);

    /// Every template, those of @p category first, then by title.
    Expected<QVector<domain::AnswerTemplate>> list(std::optional<domain::Category> category = std::nullopt);
    /// Templates whose title, text or legal basis hold every word of @p query, compared folded
    /// (so "can cuoc" finds "căn cước"), those of @p category first.
    Expected<QVector<domain::AnswerTemplate>> search(const QString &query, std::optional<domain::Category> category = std::nullopt);
    Expected<domain::AnswerTemplate> find(qint64 id);
    Expected<domain::AnswerTemplate> findBySlug(const QString &slug);

    /// Adds a template (checked: title and text required, text within Zalo's 2,000 characters); returns its id.
    Expected<qint64> add(const domain::AnswerTemplate &t);
    Status update(const domain::AnswerTemplate &t);
    Status remove(qint64 id);

    /// The template text with {code} and {unit} filled in.
    static QString fill(const QString &text, const QString &caseCode, const QString &unitName);
    /// The acknowledgement for a case of @p category ("Đã tiếp nhận, mã hồ sơ …"): the library's
    /// template for it (crime and security reports: "acknowledgement"; petitions:
    /// "petition-acknowledgement"; others: "chuyen-don-vi") filled in, or a built-in sentence.
    QString acknowledgement(domain::Category category, const QString &caseCode, const QString &unitName);

private:
    Status check(const domain::AnswerTemplate &t) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace casedesk::store
