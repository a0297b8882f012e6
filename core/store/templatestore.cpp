#include "templatestore.h"

#include "database.h"
#include "statement.h"

#include "core/common/clock.h"
#include "core/domain/answertext.h"
#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace casedesk::store {

using domain::AnswerTemplate;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::store::TemplateStore)
};

const char *const kSeededKey = "templates_seeded";

#define CASEDESK_TEMPLATE_COLUMNS "id, ifnull(slug, ''), title, text, category, legal_basis, ifnull(review_date, ''), updated_at FROM templates "

AnswerTemplate templateFromRow(const Statement &st)
{
    AnswerTemplate t;
    t.id = st.int64(0);
    t.slug = st.text(1);
    t.title = st.text(2);
    t.text = st.text(3);
    t.category = domain::categoryFromKey(st.text(4)).value_or(domain::Category::Other);
    t.legalBasis = st.text(5);
    t.reviewDate = QDate::fromString(st.text(6), Qt::ISODate);
    t.updatedAt = st.int64(7);
    return t;
}

void sortForCategory(QVector<AnswerTemplate> &all, std::optional<domain::Category> category)
{
    std::stable_sort(all.begin(), all.end(), [category](const AnswerTemplate &a, const AnswerTemplate &b) {
        const bool aFirst = category && a.category == *category;
        const bool bFirst = category && b.category == *category;
        if (aFirst != bFirst)
            return aFirst;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
}

} // namespace

TemplateStore::TemplateStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Expected<QVector<AnswerTemplate>> TemplateStore::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {Tr::tr("Cannot read the template file %1: %2").arg(path, f.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {Tr::tr("%1 is not valid JSON at byte %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString())};
    QVector<AnswerTemplate> all;
    const QJsonArray array = doc.object().value(QStringLiteral("templates")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        AnswerTemplate t;
        t.slug = o.value(QStringLiteral("slug")).toString();
        t.title = o.value(QStringLiteral("title")).toString();
        t.text = domain::normalizedAnswer(o.value(QStringLiteral("text")).toString());
        const auto category = domain::categoryFromKey(o.value(QStringLiteral("category")).toString());
        if (!category)
            return Error {Tr::tr("Template %1 of %2 has an unknown category.").arg(i + 1).arg(path)};
        t.category = *category;
        t.legalBasis = o.value(QStringLiteral("legal_basis")).toString();
        t.reviewDate = QDate::fromString(o.value(QStringLiteral("review_date")).toString(), Qt::ISODate);
        if (t.title.isEmpty() || t.text.isEmpty())
            return Error {Tr::tr("Template %1 of %2 has no title or no text.").arg(i + 1).arg(path)};
        all.push_back(t);
    }
    if (all.isEmpty())
        return Error {Tr::tr("%1 holds no template.").arg(path)};
    return all;
}

Expected<int> TemplateStore::seedIfNew(const QString &path)
{
    {
        Statement st(m_db, "SELECT 1 FROM settings WHERE key = ?1");
        st.bind(1, QString::fromLatin1(kSeededKey));
        if (st.next())
            return 0;
    }
    auto templates = readFile(path);
    if (!templates)
        return templates.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {Tr::tr("The database is busy: %1").arg(tx.beginError())};
    Statement insert(m_db,
                     "INSERT INTO templates (slug, title, text, category, legal_basis, review_date, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING");
    int added = 0;
    for (const AnswerTemplate &t : *templates) {
        insert.bindOptional(1, t.slug)
            .bind(2, t.title)
            .bind(3, t.text)
            .bind(4, domain::categoryKey(t.category))
            .bind(5, t.legalBasis)
            .bindOptional(6, t.reviewDate.isValid() ? t.reviewDate.toString(Qt::ISODate) : QString())
            .bind(7, m_clock.nowMs());
        if (auto r = insert.exec(); !r)
            return Error {Tr::tr("The template \"%1\" was not stored: %2").arg(t.title, r.error().message)};
        added += m_db.changes();
    }
    Statement mark(m_db, "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    mark.bind(1, QString::fromLatin1(kSeededKey)).bind(2, path);
    if (auto r = mark.exec(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return added;
}

Expected<QVector<AnswerTemplate>> TemplateStore::list(std::optional<domain::Category> category)
{
    Statement st(m_db, "SELECT " CASEDESK_TEMPLATE_COLUMNS);
    QVector<AnswerTemplate> all;
    while (st.next())
        all.push_back(templateFromRow(st));
    if (st.failed())
        return Error {st.error()};
    sortForCategory(all, category);
    return all;
}

Expected<QVector<AnswerTemplate>> TemplateStore::search(const QString &query, std::optional<domain::Category> category)
{
    auto all = list(category);
    if (!all)
        return all;
    const auto folded = [](const QString &text) {
        return domain::foldQuery(text);
    };
    const QStringList words = folded(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return all;
    QVector<AnswerTemplate> found;
    for (const AnswerTemplate &t : *all) {
        const QString haystack = QLatin1Char(' ') + folded(t.title + QLatin1Char(' ') + t.text + QLatin1Char(' ') + t.legalBasis) + QLatin1Char(' ');
        const bool all_words = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); });
        if (all_words)
            found.push_back(t);
    }
    return found;
}

Expected<AnswerTemplate> TemplateStore::find(qint64 id)
{
    Statement st(m_db, "SELECT " CASEDESK_TEMPLATE_COLUMNS "WHERE id = ?1");
    st.bind(1, id);
    if (st.next())
        return templateFromRow(st);
    if (st.failed())
        return Error {st.error()};
    return Error {Tr::tr("There is no template %1.").arg(id)};
}

Expected<AnswerTemplate> TemplateStore::findBySlug(const QString &slug)
{
    Statement st(m_db, "SELECT " CASEDESK_TEMPLATE_COLUMNS "WHERE slug = ?1");
    st.bind(1, slug);
    if (st.next())
        return templateFromRow(st);
    if (st.failed())
        return Error {st.error()};
    return Error {Tr::tr("There is no template \"%1\".").arg(slug)};
}

Status TemplateStore::check(const AnswerTemplate &t) const
{
    if (t.title.trimmed().isEmpty())
        return Error {Tr::tr("The template needs a title.")};
    if (t.text.trimmed().isEmpty())
        return Error {Tr::tr("The template needs a text.")};
    if (const int length = domain::answerLength(t.text); length > domain::kMaxAnswerLength)
        return Error {Tr::tr("The template text has %1 characters; a Zalo answer holds at most %2.").arg(length).arg(domain::kMaxAnswerLength)};
    return {};
}

Expected<qint64> TemplateStore::add(const AnswerTemplate &t)
{
    if (auto r = check(t); !r)
        return r.error();
    Statement st(m_db,
                 "INSERT INTO templates (slug, title, text, category, legal_basis, review_date, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    st.bindOptional(1, t.slug)
        .bind(2, t.title.trimmed())
        .bind(3, domain::normalizedAnswer(t.text))
        .bind(4, domain::categoryKey(t.category))
        .bind(5, t.legalBasis.trimmed())
        .bindOptional(6, t.reviewDate.isValid() ? t.reviewDate.toString(Qt::ISODate) : QString())
        .bind(7, m_clock.nowMs());
    const auto id = st.execReturningId();
    if (!id)
        return Error {Tr::tr("The template was not stored: %1").arg(id.error().message)};
    return *id;
}

Status TemplateStore::update(const AnswerTemplate &t)
{
    if (auto r = check(t); !r)
        return r;
    Statement st(m_db,
                 "UPDATE templates SET title = ?2, text = ?3, category = ?4, legal_basis = ?5, review_date = ?6, updated_at = ?7 "
                 "WHERE id = ?1");
    st.bind(1, t.id)
        .bind(2, t.title.trimmed())
        .bind(3, domain::normalizedAnswer(t.text))
        .bind(4, domain::categoryKey(t.category))
        .bind(5, t.legalBasis.trimmed())
        .bindOptional(6, t.reviewDate.isValid() ? t.reviewDate.toString(Qt::ISODate) : QString())
        .bind(7, m_clock.nowMs());
    if (auto r = st.exec(); !r)
        return Error {Tr::tr("The template was not saved: %1").arg(r.error().message)};
    if (m_db.changes() != 1)
        return Error {Tr::tr("There is no template %1.").arg(t.id)};
    return {};
}

Status TemplateStore::remove(qint64 id)
{
    Statement st(m_db, "DELETE FROM templates WHERE id = ?1");
    st.bind(1, id);
    if (auto r = st.exec(); !r)
        return r;
    if (m_db.changes() != 1)
        return Error {Tr::tr("There is no template %1.").arg(id)};
    return {};
}

QString TemplateStore::fill(const QString &text, const QString &caseCode, const QString &unitName)
{
    QString filled = text;
    filled.replace(QStringLiteral("{code}"), caseCode);
    filled.replace(QStringLiteral("{unit}"), unitName);
    return filled;
}

QString TemplateStore::acknowledgement(domain::Category category, const QString &caseCode, const QString &unitName)
{
    QString slug = QStringLiteral("chuyen-don-vi");
    if (category == domain::Category::CrimeReport || category == domain::Category::SecurityReport)
        slug = acknowledgementSlug();
    else if (category == domain::Category::Petition)
        slug = QStringLiteral("petition-acknowledgement");
    auto t = findBySlug(slug);
    if (!t)
        t = findBySlug(acknowledgementSlug());
    const QString text = t ? t->text
                           : QStringLiteral("{unit} đã tiếp nhận thông tin của ông/bà, mã hồ sơ {code}. Chúng tôi sẽ xem xét và "
                                            "trả lời ông/bà theo quy định. Trân trọng.");
    return fill(text, caseCode, unitName);
}

} // namespace casedesk::store
