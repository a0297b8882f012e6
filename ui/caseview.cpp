#include "caseview.h"

#include "adaptivegrid.h"
#include "answereditor.h"
#include "caseactions.h"
#include "casebanner.h"
#include "caseconversation.h"
#include "caseheader.h"
#include "casehistorymodel.h"
#include "casesession.h"
#include "caseviewstrings.h"
#include "services.h"

#include "core/store/changefeed.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk::ui {

CaseView::CaseView(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompts(this)
{
    setObjectName(QStringLiteral("caseView"));
    m_session = new CaseSession(services, this);
    m_actions = new CaseActions(services, *m_session, m_prompts, this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    // Status and errors at the top, where the officer looks after acting; wrapped to the pane.
    m_banner = new CaseBanner(this);
    outer->addWidget(m_banner);
    connect(m_session, &CaseSession::message, m_banner, &CaseBanner::showMessage);
    m_header = new CaseHeader(*m_session, services.clock(), this);
    m_header->setRevealAction(m_actions->action(CaseActions::RevealIdentity));
    outer->addWidget(m_header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("caseSplitter"));
    splitter->setChildrenCollapsible(false); // the answer's buttons are never squeezed away
    outer->addWidget(splitter, 1);
    m_conversation = new CaseConversation(*m_session, splitter);
    splitter->addWidget(m_conversation);

    auto *answerPane = new QWidget(splitter);
    auto *answerLayout = new QVBoxLayout(answerPane);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    m_answer = new AnswerEditor(services, *m_session, m_prompts, answerPane);
    m_answer->setManageTemplatesAction(m_actions->action(CaseActions::ManageTemplates));
    answerLayout->addWidget(m_answer, 1);
    answerLayout->addWidget(createActionButtons(answerPane));
    splitter->addWidget(answerPane);

    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(CaseViewStrings::tr("History"), historyBox));
    m_historyModel = new CaseHistoryModel(this);
    m_history = new QTreeView(historyBox);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setModel(m_historyModel);
    m_history->setRootIsDecorated(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_history->header()->setStretchLastSection(true);
    historyLayout->addWidget(m_history);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    // The conversation is what an officer reads first: it gets most of the height.
    splitter->setSizes({460, 190, 110});

    connect(m_session, &CaseSession::loaded, this, &CaseView::render);
    connect(m_session, &CaseSession::acted, this, &CaseView::caseChanged);
    connect(m_answer, &AnswerEditor::answerQueued, this, &CaseView::caseChanged);
    connect(m_actions, &CaseActions::answerRequested, this, [this] {
        m_answer->editor()->setFocus(Qt::ShortcutFocusReason);
        m_answer->editor()->ensureCursorVisible();
    });
    connect(m_conversation, &CaseConversation::quoteRequested, this, &CaseView::setQuote);
    connect(m_actions, &CaseActions::templatesChanged, m_answer, &AnswerEditor::loadTemplates);
    connect(m_header, &CaseHeader::categoryChosen, this, [this](domain::Category category) {
        if (!m_actions->categorize(category))
            m_header->render(); // put the box back
    });
    // The case follows the change feed: a message, an answer or another officer's action (in
    // this process or any other) reloads it.
    connect(&m_services.changes(), &store::ChangeFeed::changed, this, [this](const store::ChangeSet &changes) {
        if (caseId() && (changes.gap || changes.cases.contains(caseId())))
            refreshIfChanged();
    });
    showCase(0);
}

CaseView::~CaseView() = default;

QWidget *CaseView::createActionButtons(QWidget *parent)
{
    // The actions on the case as buttons, up to three to a row (fewer on a narrow pane: more
    // rows, never a wider pane); the reveal and the templates have their buttons beside what
    // they are about (the citizen, the template box).
    auto *box = new AdaptiveGrid(3, parent);
    box->setObjectName(QStringLiteral("caseActionButtons"));
    const struct
    {
        CaseActions::Action action;
        const char *name;
    } buttons[] = {
        {CaseActions::Forward, "forwardButton"},
        {CaseActions::Escalate, "escalateButton"},
        {CaseActions::Accept, "acceptButton"},
        {CaseActions::Return, "returnButton"},
        {CaseActions::Assign, "assignButton"},
        {CaseActions::Note, "noteButton"},
        {CaseActions::Close, "closeButton"},
        {CaseActions::Reopen, "reopenButton"},
        {CaseActions::ApproveAnswer, "approveAnswerButton"},
        {CaseActions::RejectAnswer, "rejectAnswerButton"},
    };
    for (const auto &b : buttons) {
        auto *button = new QToolButton(box);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setDefaultAction(m_actions->action(b.action));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(button->sizeHint().height()); // never squeezed below their text
        box->addWidget(button);
    }
    return box;
}

void CaseView::setConfirmFunction(ConfirmFunction confirm)
{
    m_prompts.setConfirmFunction(std::move(confirm));
}

void CaseView::setChoiceFunction(ChoiceFunction choose)
{
    m_prompts.setChoiceFunction(std::move(choose));
}

void CaseView::setTextFunction(TextFunction ask)
{
    m_prompts.setTextFunction(std::move(ask));
}

qint64 CaseView::caseId() const
{
    return m_session->caseId();
}

const domain::CaseDetail &CaseView::detail() const
{
    return m_session->detail();
}

QPlainTextEdit *CaseView::editor() const
{
    return m_answer->editor();
}

QPushButton *CaseView::sendButton() const
{
    return m_answer->sendButton();
}

QLabel *CaseView::counterLabel() const
{
    return m_answer->counterLabel();
}

QLabel *CaseView::replyWindowLabel() const
{
    return m_header->replyWindowLabel();
}

QLabel *CaseView::messageLabel() const
{
    return m_banner->textLabel();
}

QComboBox *CaseView::categoryBox() const
{
    return m_header->categoryBox();
}

void CaseView::showCase(qint64 caseId)
{
    if (caseId == m_session->caseId() && caseId != 0)
        m_session->reload();
    else
        m_session->open(caseId);
}

void CaseView::reload()
{
    m_session->reload();
}

void CaseView::refreshIfChanged()
{
    m_session->refreshIfChanged();
}

void CaseView::send()
{
    m_answer->send();
}

void CaseView::setQuote(const QString &messageId)
{
    m_answer->setQuote(messageId);
}

void CaseView::editAnswer(qint64 caseId, const QString &text)
{
    if (caseId != this->caseId())
        showCase(caseId);
    if (this->caseId() != caseId)
        return;
    // As if typed: the draft keeps it until it is sent.
    editor()->setPlainText(text);
    editor()->moveCursor(QTextCursor::End);
    editor()->setFocus();
}

void CaseView::render()
{
    m_actions->update();
    m_header->render();
    m_conversation->render();
    m_answer->render();
    m_historyModel->setEvents(m_session->caseId(), m_session->detail().events, [this](const QString &unitId) { return m_session->unitPath(unitId); });
    m_history->resizeColumnToContents(CaseHistoryModel::TimeColumn);
    m_history->resizeColumnToContents(CaseHistoryModel::OfficerColumn);
    m_history->scrollToBottom();
}

} // namespace casedesk::ui
