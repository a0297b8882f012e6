#include "answereditor.h"

#include "adaptivegrid.h"
#include "caseprompts.h"
#include "casesession.h"
#include "caseviewstrings.h"
#include "casewidgets.h"
#include "localdrafts.h"
#include "services.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/domain/answertext.h"
#include "core/domain/replywindow.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/suggestionstore.h"
#include "core/store/templatestore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk::ui {

namespace {

using Code = store::ActionError::Code;

/// "1 234" (grouped by spaces, as printed forms do).
QString grouped(int n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return digits;
}

} // namespace

AnswerEditor::AnswerEditor(Services &services, CaseSession &session, const CasePrompts &prompts, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("answer"));
    if (auto seeded = m_services.templates().seedIfNew(); !seeded)
        qCWarning(lcUi) << "starter templates not added:" << seeded.error().message;

    auto *answerLayout = new QVBoxLayout(this);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    // The template box and the buttons beside it: in one row where the pane is wide enough,
    // else in more rows (the pane never widens for them).
    auto *tools = new AdaptiveGrid(3, this);
    tools->setObjectName(QStringLiteral("answerTools"));
    m_templateBox = new QComboBox(this);
    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    m_templateBox->setAccessibleName(CaseViewStrings::tr("Answer template"));
    m_templateBox->setToolTip(CaseViewStrings::tr("Insert a template into the answer"));
    // As wide as its column, not as its longest template's title.
    m_templateBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateBox->setMinimumContentsLength(14);
    connect(m_templateBox, &QComboBox::activated, this, &AnswerEditor::insertTemplate);
    m_suggest = new QPushButton(CaseViewStrings::tr("Suggested answers"), this);
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    connect(m_suggest, &QPushButton::clicked, this, &AnswerEditor::showSuggestions);
    m_manage = new QToolButton(this);
    m_manage->setObjectName(QStringLiteral("manageTemplatesButton"));
    m_manage->hide(); // until there is an action to run
    tools->addWidget(m_templateBox);
    tools->addWidget(m_suggest);
    tools->addWidget(m_manage);
    answerLayout->addWidget(tools);

    auto *quoteRow = new QHBoxLayout;
    m_quoteLabel = plainTextLabel(QString(), this);
    m_quoteLabel->setObjectName(QStringLiteral("quoteLabel"));
    m_clearQuote = new QPushButton(CaseViewStrings::tr("Remove quote"), this);
    connect(m_clearQuote, &QPushButton::clicked, this, [this] { setQuote(QString()); });
    quoteRow->addWidget(m_quoteLabel, 1);
    quoteRow->addWidget(m_clearQuote);
    answerLayout->addLayout(quoteRow);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("answerEditor"));
    m_editor->setPlaceholderText(CaseViewStrings::tr("Write the answer to the citizen…"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(60);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AnswerEditor::onEditorChanged);
    answerLayout->addWidget(m_editor, 1);

    // The counter and Send under the editor, at their natural height: messages go to the case
    // view's banner, never into this row.
    auto *counterRow = new QHBoxLayout;
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("answerCounter"));
    m_send = new QPushButton(CaseViewStrings::tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(CaseViewStrings::tr("Queue the answer for the citizen (Ctrl+Enter)."));
    connect(m_send, &QPushButton::clicked, this, &AnswerEditor::send);
    m_send->setMinimumHeight(m_send->sizeHint().height());
    counterRow->addStretch(1);
    counterRow->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignVCenter);
    counterRow->addWidget(m_send, 0, Qt::AlignRight | Qt::AlignVCenter);
    answerLayout->addLayout(counterRow);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    connect(m_draftTimer, &QTimer::timeout, this, &AnswerEditor::saveDraftNow);
    loadTemplates();

    // A shared database can go away: drafts are kept on this PC as well, and what an earlier
    // session typed there (while away, before a crash) comes back.
    if (m_services.database().isShared() && !m_services.dataFolder().isEmpty()) {
        m_local = new LocalDrafts(m_services.dataFolder(), m_services.database().path(), m_services.scope().officer, this);
        connect(m_local, &LocalDrafts::writeFailed, this, [this](const QString &reason) {
            m_session.showMessage(CaseViewStrings::tr("The draft cannot be kept on this PC: %1").arg(reason), MessageKind::Error);
        });
        if (restoreLocalDrafts())
            m_draftTimer->start();
    }
    connect(&m_services.changes(), &store::ChangeFeed::serverBack, this, &AnswerEditor::onServerBack);
}

AnswerEditor::~AnswerEditor()
{
    saveDraftNow();
}

void AnswerEditor::setManageTemplatesAction(QAction *manage)
{
    m_manage->setDefaultAction(manage);
    m_manage->show();
}

void AnswerEditor::render()
{
    if (m_session.caseId() != m_caseId)
        switchCase();
    else if (m_caseId && m_templatesCategory != m_session.detail().summary.category)
        loadTemplates(); // the officer or the triage changed the category
    updateCounter();
    updateSend();
}

void AnswerEditor::switchCase()
{
    saveDraftNow();
    m_caseId = m_session.caseId();
    // The draft: what was typed in this session (or restored from this PC), else what the store kept.
    DraftState draft;
    if (m_caseId) {
        if (m_drafts.contains(m_caseId)) {
            draft = m_drafts.value(m_caseId);
        } else if (auto stored = m_services.cases().draft(m_services.scope(), m_caseId)) {
            draft = {stored->text, stored->quoteMessageId, stored->updatedAt};
            m_drafts.insert(m_caseId, draft);
        }
    }
    setEditorText(draft.text);
    m_quote = draft.quote;
    loadTemplates();
}

void AnswerEditor::setEditorText(const QString &text)
{
    m_loadingEditor = true;
    m_editor->setPlainText(text);
    m_loadingEditor = false;
}

void AnswerEditor::updateCounter()
{
    const int length = domain::answerLength(m_editor->toPlainText());
    QString text = QStringLiteral("%1/%2").arg(grouped(length), grouped(domain::kMaxAnswerLength));
    if (length > domain::kMaxAnswerLength)
        text += QLatin1Char(' ') + CaseViewStrings::tr("— too long");
    m_counter->setText(text);
    QPalette pal = m_counter->palette();
    pal.setColor(QPalette::WindowText, length > domain::kMaxAnswerLength ? QColor(Qt::red) : palette().color(QPalette::WindowText));
    m_counter->setPalette(pal);

    if (m_quote.isEmpty()) {
        m_quoteLabel->clear();
        m_quoteLabel->hide();
        m_clearQuote->hide();
    } else {
        QString quoted = m_quote;
        for (const domain::MessageRecord &m : m_session.detail().messages)
            if (m.messageId == m_quote)
                quoted = m.text.left(120);
        m_quoteLabel->setText(CaseViewStrings::tr("Quoting: %1").arg(quoted));
        m_quoteLabel->show();
        m_clearQuote->show();
    }
}

void AnswerEditor::updateSend()
{
    const bool has = m_caseId != 0;
    const domain::CaseSummary &c = m_session.detail().summary;
    const bool closed = c.status == domain::CaseStatus::Closed;
    const int length = domain::answerLength(m_editor->toPlainText());
    const bool windowClosed = domain::replyWindowAt(c.lastCitizenAt, m_services.clock().nowMs()).state == domain::ReplyWindowState::Closed;
    // An officer who may only read the case (a supervisor, a unit below) writes no answer to it.
    m_editor->setEnabled(has && m_session.actionable());
    m_send->setEnabled(m_session.actionable() && !closed && !windowClosed && length > 0 && length <= domain::kMaxAnswerLength
                       && !m_editor->toPlainText().trimmed().isEmpty());
    if (has && !m_session.actionable())
        m_send->setToolTip(m_session.notActionableReason());
    else
        m_send->setToolTip(windowClosed && has ? CaseViewStrings::tr("Zalo's reply window is closed: the answer cannot be sent.")
                                               : CaseViewStrings::tr("Queue the answer for the citizen (Ctrl+Enter)."));
    m_templateBox->setEnabled(has);
    m_suggest->setEnabled(has);
}

void AnswerEditor::keepDraft()
{
    if (!m_caseId)
        return;
    const DraftState draft {m_editor->toPlainText(), m_quote, m_services.clock().nowMs()};
    m_drafts[m_caseId] = draft;
    if (m_local)
        m_local->put(m_caseId, {draft.text, draft.quote, draft.updatedAt});
    m_draftTimer->start();
}

bool AnswerEditor::restoreLocalDrafts()
{
    bool any = false;
    const QHash<qint64, LocalDrafts::Draft> kept = m_local->drafts(); // a copy: put() below changes it
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        if (m_drafts.contains(it.key()))
            continue; // this session's is newer
        const auto stored = m_services.cases().draft(m_services.scope(), it.key());
        if (stored && stored->updatedAt > it->updatedAt) {
            // Written later elsewhere (another PC of this officer): the store's stands, here too.
            m_local->put(it.key(), {stored->text, stored->quoteMessageId, stored->updatedAt});
            continue;
        }
        m_drafts.insert(it.key(), {it->text, it->quote, it->updatedAt});
        if (it.key() == m_caseId) {
            setEditorText(it->text);
            m_quote = it->quote;
            updateCounter();
            updateSend();
        }
        qCInfo(lcUi) << "draft of case" << it.key() << "restored from this PC";
        any = true;
    }
    return any;
}

void AnswerEditor::onServerBack()
{
    if (m_local)
        restoreLocalDrafts();
    saveDraftNow(); // what was typed while the server was away
}

void AnswerEditor::onEditorChanged()
{
    if (m_loadingEditor)
        return;
    keepDraft();
    m_session.showMessage(QString()); // what was said about the answer before no longer holds
    updateCounter();
    updateSend();
}

void AnswerEditor::setQuote(const QString &messageId)
{
    m_quote = messageId;
    keepDraft();
    updateCounter();
    m_editor->setFocus();
}

void AnswerEditor::saveDraftNow()
{
    m_draftTimer->stop();
    if (m_services.changes().serverLostSince() > 0)
        return; // kept in memory and on this PC; saved when the server is back (onServerBack)
    for (auto it = m_drafts.constBegin(); it != m_drafts.constEnd(); ++it) {
        store::Draft d {it->text, it->quote, it->updatedAt};
        if (d.text.trimmed().isEmpty())
            d.text.clear();
        if (auto saved = m_services.cases().saveDraft(m_services.scope(), it.key(), d); !saved)
            qCWarning(lcUi) << "draft of case" << it.key() << "not saved:" << saved.error().message;
    }
}

void AnswerEditor::send()
{
    // Away from the server the button stays enabled, so that pressing it says why nothing is sent.
    if (!m_caseId || m_session.refuseWhileServerLost() || !m_send->isEnabled())
        return;
    store::CaseWriter::ReplyRequest request;
    request.text = m_editor->toPlainText();
    request.quoteMessageId = m_quote;
    request.seenVersion = m_session.seenVersion();
    const qint64 caseId = m_caseId;
    const bool upToDate = m_session.upToDate();
    for (int round = 0; round < 3; ++round) {
        auto r = m_services.writer().queueReply(m_services.scope(), caseId, request);
        if (r) {
            m_drafts.remove(caseId);
            if (m_local) {
                m_local->remove(caseId);
                m_local->flush(); // at once: a restart must not offer the queued answer again
            }
            setEditorText(QString());
            m_quote.clear();
            if (auto cleared = m_services.cases().saveDraft(m_services.scope(), caseId, {}); !cleared)
                qCWarning(lcUi) << "sent draft of case" << caseId << "not cleared:" << cleared.error().message;
            m_session.reload();
            // The officer saw the case when they confirmed; their own answer is no news to them.
            m_session.acknowledge(upToDate || request.confirmChanged);
            const auto &outbox = m_session.detail().outbox;
            const bool held = std::any_of(outbox.cbegin(), outbox.cend(), [&](const domain::OutboxItem &o) {
                return o.id == *r && o.state == QLatin1String(domain::outboxstate::kPendingApproval);
            });
            m_session.showMessage(held ? CaseViewStrings::tr("Answer kept for the editors' approval: it is sent once an editor approves it.")
                                       : CaseViewStrings::tr("Answer queued: it is sent through Zalo by the sync service."));
            m_services.changes().check(); // the queue follows, and the syncing process sends it at once
            Q_EMIT answerQueued(caseId);
            return;
        }
        const store::ActionError &e = r.error();
        if (e.code == Code::NeedsBilledConfirmation && !request.confirmBilled) {
            if (!m_prompts.confirm(CaseViewStrings::tr("Billed answer"), e.message))
                return m_session.showMessage(CaseViewStrings::tr("Not sent: the answer would be billed."));
            request.confirmBilled = true;
        } else if (e.code == Code::ChangedSinceShown && !request.confirmChanged) {
            m_session.reload(); // show what changed before asking
            if (!m_prompts.confirm(CaseViewStrings::tr("The case changed"),
                                   e.message + QLatin1Char('\n') + CaseViewStrings::tr("Look at the conversation and history, then send anyway?")))
                return m_session.showMessage(CaseViewStrings::tr("Not sent: the case changed; read it again, then send."));
            request.confirmChanged = true;
        } else {
            return m_session.showMessage(e.message, MessageKind::Error);
        }
    }
}

void AnswerEditor::loadTemplates()
{
    m_templateBox->clear();
    m_templateBox->addItem(CaseViewStrings::tr("Insert a template…"), qint64(0));
    m_templatesCategory.reset();
    if (m_caseId)
        m_templatesCategory = m_session.detail().summary.category;
    auto all = m_services.templates().list(m_templatesCategory);
    if (!all) {
        qCWarning(lcUi) << "templates not read:" << all.error().message;
        return;
    }
    for (const domain::AnswerTemplate &t : *all) {
        m_templateBox->addItem(t.title, t.id);
        m_templateBox->setItemData(m_templateBox->count() - 1, CaseViewStrings::tr("Legal basis: %1").arg(t.legalBasis), Qt::ToolTipRole);
    }
}

void AnswerEditor::insertTemplate(int index)
{
    const qint64 id = m_templateBox->itemData(index).toLongLong();
    m_templateBox->setCurrentIndex(0);
    if (!id || !m_caseId)
        return;
    auto t = m_services.templates().find(id);
    if (!t)
        return m_session.showMessage(t.error().message, MessageKind::Error);
    const domain::CaseSummary &c = m_session.detail().summary;
    const QString unitName = m_session.unitPath(c.originUnit).section(QStringLiteral(" / "), -1);
    m_editor->insertPlainText(store::TemplateStore::fill(t->text, c.code, unitName));
    m_editor->setFocus();
}

void AnswerEditor::showSuggestions()
{
    if (!m_caseId)
        return;
    auto found = m_services.suggestions().forCase(m_services.scope(), m_caseId);
    QMenu menu(this);
    if (!found) {
        menu.addAction(found.error().message)->setEnabled(false);
    } else if (found->isEmpty()) {
        menu.addAction(CaseViewStrings::tr("No similar answered question yet"))->setEnabled(false);
    } else {
        for (const domain::Suggestion &s : *found) {
            const QString question = s.question.simplified();
            QAction *action = menu.addAction(QStringLiteral("%1: %2").arg(s.code, question.left(70)));
            action->setToolTip(Qt::convertFromPlainText(s.answer));
            const QString answer = s.answer;
            connect(action, &QAction::triggered, this, [this, answer] {
                m_editor->insertPlainText(answer);
                m_editor->setFocus();
            });
        }
    }
    menu.setToolTipsVisible(true);
    menu.exec(m_suggest->mapToGlobal(QPoint(0, m_suggest->height())));
}

} // namespace casedesk::ui
