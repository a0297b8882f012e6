#pragma once

#include <QDialog>

#include <functional>

namespace casedesk::ui {

class CaseBanner;

/// A dialog whose OK runs the action itself: when the store refuses, the dialog stays open with
/// the refusal in its own wrapping strip and everything typed or chosen still there, so that the
/// officer corrects it and tries again; it closes once the action is done (or on Cancel).
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// Runs the action with what the dialog holds; returns the refusal to show, empty when done.
    using SubmitFunction = std::function<QString()>;

    explicit ActionDialog(QWidget *parent = nullptr);

    void setSubmit(SubmitFunction submit) { m_submit = std::move(submit); }
    /// The strip that shows a refusal (named "refusal"; hidden until one).
    CaseBanner *refusal() const { return m_refusal; }
    void showRefusal(const QString &text);

public Q_SLOTS:
    /// Runs the action (see setSubmit()); closes only when it is done.
    void accept() override;

private:
    SubmitFunction m_submit;
    CaseBanner *m_refusal = nullptr;
    bool m_submitting = false;
};

} // namespace casedesk::ui
