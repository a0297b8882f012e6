#include "caseview.h"

#include "services.h"

#include "forwarddialog.h"
#include "templatedialog.h"

#include "core/common/clock.h"
#include "core/domain/answertext.h"
#include "core/domain/caseevent.h"
#include "core/domain/officetime.h"
#include "core/domain/replywindow.h"
#include "core/store/casestore.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/suggestionstore.h"
#include "core/store/templatestore.h"
#include "core/store/unitstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk::ui {

namespace {

using domain::CaseStatus;
using Code = store::ActionError::Code;

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 7 * 3600).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

/// "1 234" (grouped by spaces, as printed forms do).
QString grouped(int n)
{
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return digits;
}

QString outboxStateText(const domain::OutboxItem &o)
{
    if (o.state == QLatin1String("queued"))
        return CaseView::tr("Queued");
    if (o.state == QLatin1String("sending"))
        return CaseView::tr("Sending");
    if (o.state == QLatin1String("sent"))
        return CaseView::tr("Sent");
    if (o.state == QLatin1String("failed"))
        return o.error.isEmpty() ? CaseView::tr("Failed") : CaseView::tr("Failed: %1").arg(o.error);
    if (o.state == QLatin1String("uncertain"))
        return CaseView::tr("Uncertain (being checked against the conversation)");
    return o.state;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // citizen text is never HTML
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CaseView::CaseView(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_db(services.database())
    , m_clock(services.clock())
    , m_scope(services.scope())
    , m_cases(services.cases())
    , m_writer(services.writer())
    , m_templates(services.templates())
    , m_suggestions(services.suggestions())
{
    setObjectName(QStringLiteral("caseView"));
    (void)m_templates.seedIfNew();
    buildUi();

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(800);
    connect(m_draftTimer, &QTimer::timeout, this, &CaseView::saveDraftNow);
    // The case follows the change feed: a message, an answer or another officer's action (in
    // this process or any other) reloads it.
    connect(&m_services.changes(), &store::ChangeFeed::changed, this, [this](const store::ChangeSet &changes) {
        if (m_caseId && (changes.gap || changes.cases.contains(m_caseId)))
            refreshIfChanged();
    });

    if (auto all = m_services.units().list(true))
        for (const domain::Unit &u : *all)
            m_unitPaths.insert(u.id, u.path);
    showCase(0);
}

CaseView::~CaseView()
{
    saveDraftNow();
}

void CaseView::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

void CaseView::setTextFunction(TextFunction ask)
{
    m_ask = std::move(ask);
}

void CaseView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    // Facts.
    auto *facts = new QGridLayout;
    m_code = new QLabel(this);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setObjectName(QStringLiteral("caseCode"));
    QFont bold = m_code->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_code->setFont(bold);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("caseCategory"));
    m_category->setToolTip(tr("Change the category: the classifier learns from it."));
    for (const QString &key : domain::categoryKeys())
        m_category->addItem(domain::categoryName(*domain::categoryFromKey(key)), key);
    connect(m_category, &QComboBox::activated, this, &CaseView::onCategoryChosen);
    m_urgency = new QLabel(this);
    m_urgency->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_unit = plainLabel(QString(), this);
    m_citizen = plainLabel(QString(), this);
    m_citizen->setObjectName(QStringLiteral("caseCitizen"));
    m_reveal = new QPushButton(tr("Show identity…"), this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(tr("The reporter's identity is hidden by law; showing it needs a reason and is logged."));
    connect(m_reveal, &QPushButton::clicked, this, &CaseView::revealIdentity);
    m_assignee = new QLabel(this);
    m_assignee->setTextFormat(Qt::PlainText);
    m_deadline = new QLabel(this);
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setObjectName(QStringLiteral("caseDeadline"));
    m_window = new QLabel(this);
    m_window->setTextFormat(Qt::PlainText);
    m_window->setObjectName(QStringLiteral("replyWindow"));
    m_window->setWordWrap(true);

    int row = 0;
    facts->addWidget(m_code, row, 0);
    facts->addWidget(m_category, row, 1);
    facts->addWidget(m_urgency, row++, 2);
    facts->addWidget(new QLabel(tr("Status:"), this), row, 0);
    facts->addWidget(m_status, row++, 1, 1, 2);
    facts->addWidget(new QLabel(tr("Unit:"), this), row, 0);
    facts->addWidget(m_unit, row++, 1, 1, 2);
    facts->addWidget(new QLabel(tr("Citizen:"), this), row, 0);
    facts->addWidget(m_citizen, row, 1);
    facts->addWidget(m_reveal, row++, 2);
    facts->addWidget(new QLabel(tr("Assigned to:"), this), row, 0);
    facts->addWidget(m_assignee, row++, 1, 1, 2);
    facts->addWidget(new QLabel(tr("Response deadline:"), this), row, 0);
    facts->addWidget(m_deadline, row++, 1, 1, 2);
    facts->addWidget(new QLabel(tr("Zalo:"), this), row, 0);
    facts->addWidget(m_window, row++, 1, 1, 2);
    facts->setColumnStretch(1, 1);
    outer->addLayout(facts);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter, 1);

    // Conversation.
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("conversation"));
    scroll->setWidgetResizable(true);
    m_thread = new QWidget(scroll);
    m_threadLayout = new QVBoxLayout(m_thread);
    m_threadLayout->addStretch(1);
    scroll->setWidget(m_thread);
    splitter->addWidget(scroll);

    // Answer.
    auto *answer = new QWidget(splitter);
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_templateBox = new QComboBox(answer);
    m_templateBox->setObjectName(QStringLiteral("templateBox"));
    connect(m_templateBox, &QComboBox::activated, this, &CaseView::insertTemplate);
    m_suggest = new QPushButton(tr("Suggested answers"), answer);
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    connect(m_suggest, &QPushButton::clicked, this, &CaseView::showSuggestions);
    auto *manage = new QPushButton(tr("Templates…"), answer);
    connect(manage, &QPushButton::clicked, this, &CaseView::manageTemplates);
    tools->addWidget(new QLabel(tr("Answer:"), answer));
    tools->addWidget(m_templateBox, 1);
    tools->addWidget(m_suggest);
    tools->addWidget(manage);
    answerLayout->addLayout(tools);
    auto *quoteRow = new QHBoxLayout;
    m_quoteLabel = plainLabel(QString(), answer);
    m_quoteLabel->setObjectName(QStringLiteral("quoteLabel"));
    m_clearQuote = new QPushButton(tr("Remove quote"), answer);
    connect(m_clearQuote, &QPushButton::clicked, this, [this] { setQuote(QString()); });
    quoteRow->addWidget(m_quoteLabel, 1);
    quoteRow->addWidget(m_clearQuote);
    answerLayout->addLayout(quoteRow);
    m_editor = new QPlainTextEdit(answer);
    m_editor->setObjectName(QStringLiteral("answerEditor"));
    m_editor->setPlaceholderText(tr("Write the answer to the citizen…"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(60);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaseView::onEditorChanged);
    answerLayout->addWidget(m_editor, 1);
    auto *counterRow = new QHBoxLayout;
    m_message = new QLabel(answer);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_counter = new QLabel(answer);
    m_counter->setObjectName(QStringLiteral("answerCounter"));
    counterRow->addWidget(m_message, 1);
    counterRow->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignTop);
    answerLayout->addLayout(counterRow);

    const auto button = [answer](const QString &text, const char *name) {
        auto *b = new QPushButton(text, answer);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_send = button(tr("Send"), "sendButton");
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Queue the answer for the citizen (Ctrl+Enter)."));
    m_forward = button(tr("Forward to competent unit…"), "forwardButton");
    m_escalate = button(tr("Escalate…"), "escalateButton");
    m_accept = button(tr("Accept"), "acceptButton");
    m_return = button(tr("Return…"), "returnButton");
    m_assign = button(tr("Assign to…"), "assignButton");
    m_note = button(tr("Internal note…"), "noteButton");
    m_close = button(tr("Close case"), "closeButton");
    m_reopen = button(tr("Reopen"), "reopenButton");
    connect(m_send, &QPushButton::clicked, this, &CaseView::send);
    connect(m_forward, &QPushButton::clicked, this, &CaseView::forward);
    connect(m_escalate, &QPushButton::clicked, this, &CaseView::escalate);
    connect(m_accept, &QPushButton::clicked, this, &CaseView::accept);
    connect(m_return, &QPushButton::clicked, this, &CaseView::returnToSender);
    connect(m_assign, &QPushButton::clicked, this, &CaseView::assign);
    connect(m_note, &QPushButton::clicked, this, &CaseView::note);
    connect(m_close, &QPushButton::clicked, this, &CaseView::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &CaseView::reopenCase);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_send, 0, 0);
    buttons->addWidget(m_forward, 0, 1);
    buttons->addWidget(m_escalate, 0, 2);
    buttons->addWidget(m_accept, 1, 0);
    buttons->addWidget(m_return, 1, 1);
    buttons->addWidget(m_assign, 1, 2);
    buttons->addWidget(m_note, 2, 0);
    buttons->addWidget(m_close, 2, 1);
    buttons->addWidget(m_reopen, 2, 2);
    answerLayout->addLayout(buttons);
    splitter->addWidget(answer);

    // History.
    auto *historyBox = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History"), historyBox));
    m_historyModel = new QStandardItemModel(0, 3, this);
    m_historyModel->setHorizontalHeaderLabels({tr("Time"), tr("Officer"), tr("What")});
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
}

void CaseView::showCase(qint64 caseId)
{
    if (caseId == m_caseId && caseId != 0) {
        reload();
        return;
    }
    saveDraftNow();
    m_caseId = caseId;
    m_revealedName.clear();
    m_message->clear();
    m_loadedVersion = -1;
    m_seenVersion = -1;
    m_detail = domain::CaseDetail();
    if (caseId) {
        auto d = m_cases.detail(m_scope, caseId);
        if (!d) {
            m_caseId = 0;
            showError(d.error().message);
        } else {
            m_detail = *d;
            m_loadedVersion = m_seenVersion = d->summary.version;
            (void)m_cases.markShown(m_scope, caseId, m_seenVersion, m_clock.nowMs());
        }
    }

    // The draft: what was typed in this session, else what the store kept.
    DraftState draft;
    if (m_caseId) {
        if (m_drafts.contains(m_caseId)) {
            draft = m_drafts.value(m_caseId);
        } else if (auto stored = m_cases.draft(m_scope, m_caseId)) {
            draft = {stored->text, stored->quoteMessageId};
            m_drafts.insert(m_caseId, draft);
        }
    }
    m_loadingEditor = true;
    m_editor->setPlainText(draft.text);
    m_loadingEditor = false;
    m_quote = draft.quote;
    loadTemplates();
    render();
}

void CaseView::reload()
{
    if (!m_caseId)
        return;
    auto d = m_cases.detail(m_scope, m_caseId);
    if (!d) {
        showError(d.error().message);
        return;
    }
    m_detail = *d;
    m_loadedVersion = d->summary.version;
    render();
}

void CaseView::refreshIfChanged()
{
    if (!m_caseId)
        return;
    auto v = m_cases.version(m_scope, m_caseId);
    if (v && *v != m_loadedVersion)
        reload();
}

void CaseView::render()
{
    renderHeader();
    renderConversation();
    renderHistory();
    updateCounter();
    updateButtons();
}

QString CaseView::unitPath(const QString &unitId) const
{
    return m_unitPaths.value(unitId, unitId);
}

void CaseView::renderHeader()
{
    const domain::CaseSummary &c = m_detail.summary;
    const bool has = m_caseId != 0;
    m_code->setText(has ? c.code : tr("No case selected"));
    {
        const QSignalBlocker block(m_category);
        m_category->setCurrentIndex(has ? m_category->findData(domain::categoryKey(c.category)) : -1);
    }
    m_category->setEnabled(has);
    QStringList flags;
    if (has && c.urgent)
        flags << tr("⚠ URGENT");
    if (has && domain::categoryNeedsCheck(c.categoryBy, c.confidence))
        flags << tr("Check the category (%1% sure)").arg(qRound(c.confidence * 100));
    m_urgency->setText(flags.join(QStringLiteral(" · ")));
    QString status = has ? domain::caseStatusName(c.status) : QString();
    if (has && c.status == CaseStatus::Transferred && !c.transferFrom.isEmpty())
        status += QStringLiteral(" — ") + tr("forwarded from %1, waiting to be accepted").arg(unitPath(c.transferFrom));
    m_status->setText(status);
    m_unit->setText(has ? unitPath(c.unitId) : QString());
    const QString name = !m_revealedName.isEmpty() ? m_revealedName : domain::citizenForDisplay(c.reporterProtected, c.citizenName);
    m_citizen->setText(has ? name : QString());
    m_reveal->setVisible(has && c.reporterProtected && m_revealedName.isEmpty());
    m_assignee->setText(has ? (c.assignee.isEmpty() ? tr("nobody") : c.assignee) : QString());

    const qint64 now = m_clock.nowMs();
    QString deadline;
    if (has && c.dueAt > 0 && c.firstResponseAt == 0 && c.status != CaseStatus::Closed) {
        const qint64 left = c.dueAt - now;
        const qint64 minutes = std::abs(left) / 60000;
        const QString span = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        deadline = left >= 0 ? tr("%1 left (until %2)").arg(span, timeText(c.dueAt)) : tr("⚠ OVERDUE by %1").arg(span);
    } else if (has && c.firstResponseAt > 0) {
        deadline = tr("answered at %1").arg(timeText(c.firstResponseAt));
    } else if (has) {
        deadline = tr("none");
    }
    m_deadline->setText(deadline);
    if (has) {
        const domain::ReplyWindow w = domain::replyWindowAt(c.lastCitizenAt, now);
        QString text = domain::replyWindowText(w, now);
        if (w.state == domain::ReplyWindowState::Closed)
            text += QLatin1Char(' ') + tr("(answers can no longer be sent through Zalo: use an internal note for contact made another way)");
        m_window->setText(text);
    } else {
        m_window->clear();
    }
}

void CaseView::renderConversation()
{
    // Rebuild the thread: a case holds tens of messages, not thousands.
    while (m_threadLayout->count() > 1) {
        QLayoutItem *item = m_threadLayout->takeAt(0);
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const domain::CaseSummary &c = m_detail.summary;
    const QString citizenName = !m_revealedName.isEmpty() ? m_revealedName : domain::citizenForDisplay(c.reporterProtected, c.citizenName);
    QHash<QString, const domain::OutboxItem *> outboxByMessage;
    for (const domain::OutboxItem &o : m_detail.outbox)
        if (!o.messageId.isEmpty())
            outboxByMessage.insert(o.messageId, &o);

    const auto addBubble = [this](bool incoming, const QString &meta, const QString &text, const QString &messageId, const QString &url) {
        auto *rowWidget = new QWidget(m_thread);
        auto *rowLayout = new QHBoxLayout(rowWidget);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *bubble = new QFrame(rowWidget);
        bubble->setObjectName(incoming ? QStringLiteral("citizenBubble") : QStringLiteral("unitBubble"));
        bubble->setFrameShape(QFrame::StyledPanel);
        bubble->setAutoFillBackground(true);
        QPalette pal = bubble->palette();
        pal.setColor(QPalette::Window, incoming ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
        bubble->setPalette(pal);
        auto *b = new QVBoxLayout(bubble);
        auto *metaLabel = plainLabel(meta, bubble);
        QFont small = metaLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        metaLabel->setFont(small);
        b->addWidget(metaLabel);
        if (!text.isEmpty()) {
            auto *body = plainLabel(text, bubble);
            body->setObjectName(QStringLiteral("messageText"));
            b->addWidget(body);
        }
        const QUrl link(url);
        if (link.isValid() && (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http"))) {
            auto *open = new QPushButton(tr("Open attachment (%1)").arg(link.host()), bubble);
            open->setToolTip(Qt::convertFromPlainText(url));
            connect(open, &QPushButton::clicked, this, [link] { QDesktopServices::openUrl(link); });
            b->addWidget(open, 0, Qt::AlignLeft);
        }
        if (incoming && !messageId.isEmpty()) {
            auto *quote = new QPushButton(tr("Quote"), bubble);
            quote->setObjectName(QStringLiteral("quoteButton"));
            connect(quote, &QPushButton::clicked, this, [this, messageId] { setQuote(messageId); });
            b->addWidget(quote, 0, Qt::AlignRight);
        }
        if (incoming) {
            rowLayout->addWidget(bubble, 4);
            rowLayout->addStretch(1);
        } else {
            rowLayout->addStretch(1);
            rowLayout->addWidget(bubble, 4);
        }
        m_threadLayout->insertWidget(m_threadLayout->count() - 1, rowWidget);
    };

    for (const domain::MessageRecord &m : m_detail.messages) {
        QString url;
        if (m.type != QLatin1String("text"))
            url = QJsonDocument::fromJson(m.raw).object().value(QStringLiteral("url")).toString();
        QString meta = timeText(m.sentAt) + QStringLiteral(" · ") + (m.incoming ? citizenName : tr("Unit"));
        if (m.type != QLatin1String("text"))
            meta += QStringLiteral(" · [") + m.type + QLatin1Char(']');
        if (const auto *o = outboxByMessage.value(m.messageId))
            meta += QStringLiteral(" · ") + outboxStateText(*o) + QStringLiteral(" · ") + o->officer;
        addBubble(m.incoming, meta, m.text, m.incoming ? m.messageId : QString(), url);
    }
    // Answers not (yet) seen in the conversation: their outbox state.
    QSet<QString> known;
    for (const domain::MessageRecord &m : m_detail.messages)
        known.insert(m.messageId);
    for (const domain::OutboxItem &o : m_detail.outbox) {
        if (!o.messageId.isEmpty() && known.contains(o.messageId))
            continue;
        const QString meta = timeText(o.createdAt) + QStringLiteral(" · ") + o.officer + QStringLiteral(" · ") + outboxStateText(o);
        addBubble(false, meta, o.text, QString(), QString());
    }
    QTimer::singleShot(0, this, [this] {
        if (auto *scroll = qobject_cast<QScrollArea *>(m_thread->parentWidget() ? m_thread->parentWidget()->parentWidget() : nullptr))
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });
}

namespace {

QString describe(const domain::CaseEvent &e, const std::function<QString(const QString &)> &unit)
{
    const QJsonObject &d = e.detail;
    const auto s = [&d](const char *key) {
        return d.value(QString::fromLatin1(key)).toString();
    };
    const QString kind = e.kind;
    namespace ev = domain::events;
    QString text;
    if (kind == QLatin1String(ev::kOpened))
        text = CaseView::tr("Case opened at %1").arg(unit(s("unit")));
    else if (kind == QLatin1String(ev::kCategorized) || kind == QLatin1String(ev::kRetriaged)) {
        const QString before = domain::categoryName(domain::categoryFromKey(s("before")).value_or(domain::Category::Other));
        const QString after = domain::categoryName(domain::categoryFromKey(s("after")).value_or(domain::Category::Other));
        text = kind == QLatin1String(ev::kRetriaged) ? CaseView::tr("Category after the citizen's new message: %1 → %2").arg(before, after)
                                                     : CaseView::tr("Category: %1 → %2").arg(before, after);
        const qint64 dueBefore = qint64(d.value(QStringLiteral("due_before")).toDouble());
        const qint64 dueAfter = qint64(d.value(QStringLiteral("due_after")).toDouble());
        if (d.value(QStringLiteral("urgent_after")).toBool() && !d.value(QStringLiteral("urgent_before")).toBool())
            text += QStringLiteral("; ") + CaseView::tr("now urgent");
        if (d.contains(QStringLiteral("due_after")) && dueAfter != dueBefore)
            text += QStringLiteral("; ")
                + (dueAfter > 0
                       ? CaseView::tr("deadline %1")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(dueAfter, domain::officeTimeZone()), QLocale::ShortFormat))
                       : CaseView::tr("no deadline"));
    } else if (kind == QLatin1String(ev::kAssigned))
        text = CaseView::tr("Assigned: %1 → %2")
                   .arg(s("before").isEmpty() ? CaseView::tr("nobody") : s("before"), s("after").isEmpty() ? CaseView::tr("nobody") : s("after"));
    else if (kind == QLatin1String(ev::kNoted))
        text = CaseView::tr("Internal note: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kForwarded))
        text = CaseView::tr("Forwarded to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kEscalated))
        text = CaseView::tr("Escalated to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kAccepted))
        text = CaseView::tr("Accepted by %1").arg(unit(s("unit")));
    else if (kind == QLatin1String(ev::kReturned))
        text = CaseView::tr("Returned to %1: %2").arg(unit(s("to")), s("reason"));
    else if (kind == QLatin1String(ev::kAnswerQueued))
        text = CaseView::tr("Answer queued: %1").arg(s("text"));
    else if (kind == QLatin1String(ev::kAnswerSent))
        text = CaseView::tr("Answer sent (Zalo message %1)").arg(s("message_id"));
    else if (kind == QLatin1String(ev::kAnswerFailed))
        text = CaseView::tr("Answer failed: %1").arg(s("error"));
    else if (kind == QLatin1String(ev::kAnswerUncertain))
        text = CaseView::tr("Answer uncertain: %1").arg(s("error"));
    else if (kind == QLatin1String(ev::kAnsweredOutside))
        text = CaseView::tr("Answered from Zalo's own inbox");
    else if (kind == QLatin1String(ev::kClosed))
        text = d.value(QStringLiteral("auto")).toBool() ? CaseView::tr("Closed automatically (no new message for 7 days)") : CaseView::tr("Closed");
    else if (kind == QLatin1String(ev::kReopened))
        text = CaseView::tr("Reopened");
    else if (kind == QLatin1String(ev::kIdentityRevealed))
        text = CaseView::tr("Reporter's identity shown: %1").arg(s("reason"));
    else
        text = kind;
    if (kind != QLatin1String(ev::kClosed) && kind != QLatin1String(ev::kForwarded) && kind != QLatin1String(ev::kEscalated)
        && kind != QLatin1String(ev::kReturned) && kind != QLatin1String(ev::kIdentityRevealed) && !s("reason").isEmpty())
        text += QStringLiteral(": ") + s("reason");
    else if (kind == QLatin1String(ev::kClosed) && !s("reason").isEmpty())
        text += QStringLiteral(": ") + s("reason");
    if (d.contains(QStringLiteral("status_after")))
        text += QStringLiteral(" [") + domain::caseStatusName(domain::caseStatusFromKey(s("status_after")).value_or(CaseStatus::Open))
            + QLatin1Char(']');
    return text;
}

} // namespace

void CaseView::renderHistory()
{
    m_historyModel->removeRows(0, m_historyModel->rowCount());
    const auto unit = [this](const QString &id) {
        return unitPath(id);
    };
    for (const domain::CaseEvent &e : m_detail.events) {
        QList<QStandardItem *> row {
            new QStandardItem(timeText(e.at)),
            new QStandardItem(e.officer),
            new QStandardItem(describe(e, unit)),
        };
        row.at(2)->setToolTip(Qt::convertFromPlainText(row.at(2)->text()));
        m_historyModel->appendRow(row);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_history->scrollToBottom();
}

void CaseView::updateCounter()
{
    const int length = domain::answerLength(m_editor->toPlainText());
    QString text = QStringLiteral("%1/%2").arg(grouped(length), grouped(domain::kMaxAnswerLength));
    if (length > domain::kMaxAnswerLength)
        text += QLatin1Char(' ') + tr("— too long");
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
        for (const domain::MessageRecord &m : m_detail.messages)
            if (m.messageId == m_quote)
                quoted = m.text.left(120);
        m_quoteLabel->setText(tr("Quoting: %1").arg(quoted));
        m_quoteLabel->show();
        m_clearQuote->show();
    }
}

void CaseView::updateButtons()
{
    const bool has = m_caseId != 0;
    const domain::CaseSummary &c = m_detail.summary;
    const bool mine = has && m_scope.allows(c.unitId);
    const bool closed = c.status == CaseStatus::Closed;
    const int length = domain::answerLength(m_editor->toPlainText());
    const bool windowClosed = domain::replyWindowAt(c.lastCitizenAt, m_clock.nowMs()).state == domain::ReplyWindowState::Closed;
    m_editor->setEnabled(has);
    m_send->setEnabled(mine && !closed && !windowClosed && length > 0 && length <= domain::kMaxAnswerLength
                       && !m_editor->toPlainText().trimmed().isEmpty());
    m_send->setToolTip(windowClosed && has ? tr("Zalo's reply window is closed: the answer cannot be sent.")
                                           : tr("Queue the answer for the citizen (Ctrl+Enter)."));
    m_forward->setEnabled(mine && !closed);
    m_escalate->setEnabled(mine && !closed);
    m_accept->setEnabled(mine && c.status == CaseStatus::Transferred);
    m_return->setEnabled(mine && c.status == CaseStatus::Transferred && !c.transferFrom.isEmpty());
    m_assign->setEnabled(mine && !closed);
    m_note->setEnabled(mine);
    m_close->setEnabled(mine && !closed);
    m_reopen->setEnabled(mine && closed);
    m_templateBox->setEnabled(has);
    m_suggest->setEnabled(has);
}

void CaseView::onEditorChanged()
{
    if (m_loadingEditor)
        return;
    if (m_caseId) {
        m_drafts[m_caseId] = {m_editor->toPlainText(), m_quote};
        m_draftTimer->start();
    }
    m_message->clear();
    updateCounter();
    updateButtons();
}

void CaseView::setQuote(const QString &messageId)
{
    m_quote = messageId;
    if (m_caseId) {
        m_drafts[m_caseId] = {m_editor->toPlainText(), m_quote};
        m_draftTimer->start();
    }
    updateCounter();
    m_editor->setFocus();
}

void CaseView::saveDraftNow()
{
    if (m_draftTimer)
        m_draftTimer->stop();
    for (auto it = m_drafts.constBegin(); it != m_drafts.constEnd(); ++it) {
        store::Draft d {it->text, it->quote, m_clock.nowMs()};
        if (d.text.trimmed().isEmpty())
            d.text.clear();
        (void)m_cases.saveDraft(m_scope, it.key(), d);
    }
}

void CaseView::showError(const QString &text)
{
    m_message->setText(text);
}

std::optional<QString> CaseView::askText(const QString &title, const QString &label, bool multiLine)
{
    if (m_ask)
        return m_ask(title, label, multiLine);
    bool ok = false;
    const QString text = multiLine ? QInputDialog::getMultiLineText(this, title, label, QString(), &ok)
                                   : QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

bool CaseView::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool CaseView::act(const std::function<store::ActionStatus()> &action)
{
    if (!m_caseId)
        return false;
    const bool upToDate = m_seenVersion == m_loadedVersion;
    auto r = action();
    if (!r) {
        showError(r.error().message);
        return false;
    }
    m_message->clear();
    reload();
    if (upToDate)
        m_seenVersion = m_loadedVersion;
    m_services.changes().check(); // the queue and the counts follow at once
    Q_EMIT caseChanged(m_caseId);
    return true;
}

void CaseView::send()
{
    if (!m_caseId || !m_send->isEnabled())
        return;
    store::CaseWriter::ReplyRequest request;
    request.text = m_editor->toPlainText();
    request.quoteMessageId = m_quote;
    request.seenVersion = m_seenVersion;
    const qint64 caseId = m_caseId;
    const bool upToDate = m_seenVersion == m_loadedVersion;
    for (int round = 0; round < 3; ++round) {
        auto r = m_writer.queueReply(m_scope, caseId, request);
        if (r) {
            m_drafts.remove(caseId);
            m_loadingEditor = true;
            m_editor->clear();
            m_loadingEditor = false;
            m_quote.clear();
            (void)m_cases.saveDraft(m_scope, caseId, {});
            reload();
            // The officer saw the case when they confirmed; their own answer is no news to them.
            if (upToDate || request.confirmChanged)
                m_seenVersion = m_loadedVersion;
            (void)m_cases.markShown(m_scope, caseId, m_seenVersion, m_clock.nowMs());
            m_message->setText(tr("Answer queued: it is sent through Zalo by the sync service."));
            m_services.changes().check(); // the queue follows, and the syncing process sends it at once
            Q_EMIT caseChanged(caseId);
            return;
        }
        const store::ActionError &e = r.error();
        if (e.code == Code::NeedsBilledConfirmation && !request.confirmBilled) {
            if (!confirm(tr("Billed answer"), e.message))
                return showError(tr("Not sent: the answer would be billed."));
            request.confirmBilled = true;
        } else if (e.code == Code::ChangedSinceShown && !request.confirmChanged) {
            reload(); // show what changed before asking
            if (!confirm(tr("The case changed"), e.message + QLatin1Char('\n') + tr("Look at the conversation and history, then send anyway?")))
                return showError(tr("Not sent: the case changed; read it again, then send."));
            request.confirmChanged = true;
        } else {
            return showError(e.message);
        }
    }
}

void CaseView::onCategoryChosen(int index)
{
    const auto category = domain::categoryFromKey(m_category->itemData(index).toString());
    if (!category || !m_caseId || *category == m_detail.summary.category)
        return;
    if (!act([&] { return m_writer.categorize(m_scope, m_caseId, *category); }))
        renderHeader(); // put the box back
    loadTemplates();
}

void CaseView::forward()
{
    if (!m_caseId)
        return;
    ForwardDialog dialog(m_services.units(), m_detail.summary.unitId, m_detail.summary.competentUnit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::CaseWriter::ForwardRequest request;
    request.toUnit = dialog.unitId();
    request.reason = dialog.reason();
    if (dialog.acknowledge()) {
        QString unitName = unitPath(m_detail.summary.unitId).section(QStringLiteral(" / "), -1);
        request.acknowledgementText = m_templates.acknowledgement(m_detail.summary.category, m_detail.summary.code, unitName);
    }
    for (int round = 0; round < 2; ++round) {
        store::ActionError error;
        const bool ok = act([&]() -> store::ActionStatus {
            auto r = m_writer.forward(m_scope, m_caseId, request);
            if (!r) {
                error = r.error();
                return r.error();
            }
            return {};
        });
        if (ok || error.code != Code::NeedsBilledConfirmation || request.confirmBilled)
            return;
        if (!confirm(tr("Billed acknowledgement"), error.message))
            return;
        request.confirmBilled = true;
    }
}

void CaseView::escalate()
{
    const auto reason = askText(tr("Escalate"), tr("Why does the case go to the higher level?"), true);
    if (!reason)
        return;
    act([&]() -> store::ActionStatus {
        auto r = m_writer.escalate(m_scope, m_caseId, *reason);
        if (!r)
            return r.error();
        return {};
    });
}

void CaseView::accept()
{
    act([&] { return m_writer.accept(m_scope, m_caseId); });
}

void CaseView::returnToSender()
{
    const auto reason = askText(tr("Return"), tr("Why does the case go back to %1?").arg(unitPath(m_detail.summary.transferFrom)), true);
    if (!reason)
        return;
    act([&] { return m_writer.returnToSender(m_scope, m_caseId, *reason); });
}

void CaseView::assign()
{
    const auto officer = askText(tr("Assign to"), tr("Officer's name (empty: nobody):"), false);
    if (!officer)
        return;
    act([&] { return m_writer.assign(m_scope, m_caseId, *officer); });
}

void CaseView::note()
{
    const auto text = askText(tr("Internal note"), tr("The note stays in the history; it is never sent to the citizen."), true);
    if (!text)
        return;
    act([&] { return m_writer.note(m_scope, m_caseId, *text); });
}

void CaseView::closeCase()
{
    if (!confirm(tr("Close case"), tr("Close case %1?").arg(m_detail.summary.code)))
        return;
    act([&] { return m_writer.close(m_scope, m_caseId); });
}

void CaseView::reopenCase()
{
    act([&] { return m_writer.reopen(m_scope, m_caseId); });
}

void CaseView::revealIdentity()
{
    const auto reason = askText(tr("Show the reporter's identity"), tr("Why do you need it? The reason is logged."), false);
    if (!reason)
        return;
    QString name;
    const bool ok = act([&]() -> store::ActionStatus {
        auto r = m_writer.revealIdentity(m_scope, m_caseId, *reason);
        if (!r)
            return r.error();
        name = r->displayName.isEmpty() ? tr("(no name)") : r->displayName;
        return {};
    });
    if (ok) {
        m_revealedName = name;
        render();
    }
}

void CaseView::loadTemplates()
{
    m_templateBox->clear();
    m_templateBox->addItem(tr("Insert a template…"), qint64(0));
    std::optional<domain::Category> category;
    if (m_caseId)
        category = m_detail.summary.category;
    auto all = m_templates.list(category);
    if (!all)
        return;
    for (const domain::AnswerTemplate &t : *all) {
        m_templateBox->addItem(t.title, t.id);
        m_templateBox->setItemData(m_templateBox->count() - 1, tr("Legal basis: %1").arg(t.legalBasis), Qt::ToolTipRole);
    }
}

void CaseView::insertTemplate(int index)
{
    const qint64 id = m_templateBox->itemData(index).toLongLong();
    m_templateBox->setCurrentIndex(0);
    if (!id || !m_caseId)
        return;
    auto t = m_templates.find(id);
    if (!t)
        return showError(t.error().message);
    const QString unitName = unitPath(m_detail.summary.originUnit).section(QStringLiteral(" / "), -1);
    m_editor->insertPlainText(store::TemplateStore::fill(t->text, m_detail.summary.code, unitName));
    m_editor->setFocus();
}

void CaseView::showSuggestions()
{
    if (!m_caseId)
        return;
    auto found = m_suggestions.forCase(m_scope, m_caseId);
    QMenu menu(this);
    if (!found) {
        menu.addAction(found.error().message)->setEnabled(false);
    } else if (found->isEmpty()) {
        menu.addAction(tr("No similar answered question yet"))->setEnabled(false);
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

void CaseView::manageTemplates()
{
    TemplateDialog dialog(m_templates, this);
    dialog.exec();
    loadTemplates();
}

} // namespace casedesk::ui
