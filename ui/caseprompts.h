#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace casedesk::ui {

/// How the case view's parts ask the officer something: a yes/no question or a text, by dialog
/// over @p parent unless a test put functions of its own in their place.
class CasePrompts final
{
public:
    /// Asks a yes/no question (billed answer, changed case).
    using ConfirmFunction = std::function<bool(const QString &title, const QString &text)>;
    /// Asks for a text (reason, note, officer name); nullopt = cancelled.
    using TextFunction = std::function<std::optional<QString>(const QString &title, const QString &label, bool multiLine)>;
    /// Asks to choose among items (an officer to assign); nullopt = cancelled.
    using ChoiceFunction = std::function<std::optional<QString>(const QString &title, const QStringList &items)>;

    explicit CasePrompts(QWidget *parent);

    void setConfirmFunction(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    void setTextFunction(TextFunction ask) { m_ask = std::move(ask); }
    void setChoiceFunction(ChoiceFunction choose) { m_choose = std::move(choose); }

    /// @p over: the window the question opens over (a dialog asking it), else the case view.
    bool confirm(const QString &title, const QString &text, QWidget *over = nullptr) const;
    /// @p initial: the text the dialog starts with (an answer to edit); a test's function is not shown it.
    std::optional<QString> askText(const QString &title, const QString &label, bool multiLine, const QString &initial = {}) const;
    /// Asks to choose one of @p items; nullopt = cancelled.
    std::optional<QString> askChoice(const QString &title, const QString &label, const QStringList &items) const;

private:
    QWidget *m_parent;
    ConfirmFunction m_confirm;
    TextFunction m_ask;
    ChoiceFunction m_choose;
};

} // namespace casedesk::ui
