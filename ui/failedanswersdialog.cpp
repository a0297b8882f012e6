#include "failedanswersdialog.h"

#include "services.h"

#include "core/common/clock.h"
#include "core/domain/officetime.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "core/store/unitstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk::ui {

namespace {

constexpr int kFirstWords = 80;

/// The answer's first words, on one line.
QString firstWords(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= kFirstWords)
        return line;
    int cut = line.lastIndexOf(QLatin1Char(' '), kFirstWords);
    if (cut < kFirstWords / 2)
        cut = kFirstWords;
    return line.left(cut) + QStringLiteral("…");
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

} // namespace

FailedAnswersDialog::FailedAnswersDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_prompts(this)
{
    setObjectName(QStringLiteral("failedAnswersDialog"));
    setWindowTitle(tr("Failed answers"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Answers of your units that Zalo did not deliver. Send one again, correct it, or — when the citizen was "
                                "reached another way — write a note and close the case."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("failedAnswersTable"));
    m_table->setAccessibleName(tr("Failed answers"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Unit"), tr("Failed at"), tr("Why Zalo refused it"), tr("Answer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("failedAnswersMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Send &again"), this);
    m_retry->setObjectName(QStringLiteral("retryAnswerButton"));
    m_retry->setToolTip(tr("Puts the answer back in the outbox: the sync service sends it again."));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAnswerButton"));
    m_edit->setToolTip(tr("Takes the answer back and opens the case with it in the answer editor, to correct and send it."));
    m_close = new QPushButton(tr("&Note and close…"), this);
    m_close->setObjectName(QStringLiteral("noteAndCloseButton"));
    m_close->setToolTip(tr("The citizen was reached another way: write how, and the case is closed without this answer."));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(box);
    layout->addLayout(buttons);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] { retry(selectedRow()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedRow()); });
    connect(m_close, &QPushButton::clicked, this, [this] { noteAndClose(selectedRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FailedAnswersDialog::updateButtons);
    connect(&m_services.changes(), &store::ChangeFeed::changed, this, [this](const store::ChangeSet &changes) {
        if (changes.gap || !changes.outboxes.isEmpty() || !changes.cases.isEmpty())
            reload();
    });

    if (auto units = m_services.units().list(true); units) {
        for (const domain::Unit &u : *units)
            m_unitNames.insert(u.id, u.name);
    }
    resize(1000, 420);
    reload();
}

FailedAnswersDialog::~FailedAnswersDialog() = default;

void FailedAnswersDialog::reload()
{
    const qint64 selected = selectedRow() >= 0 ? m_answers.at(selectedRow()).answer.id : 0;
    auto list = m_services.queue().failedAnswers(m_services.scope());
    if (!list) {
        m_message->setText(tr("The failed answers cannot be read: %1").arg(list.error().message));
        m_message->setVisible(true);
        return;
    }
    m_answers = *list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_answers.size()));
    int reselect = m_answers.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_answers.size(); ++row) {
        const store::FailedAnswer &f = m_answers.at(row);
        const QString unit = m_unitNames.value(f.caseSummary.unitId, f.caseSummary.unitId);
        QString error = f.answer.error.isEmpty() ? tr("Zalo gave no reason.") : f.answer.error;
        if (f.answer.zaloCode != 0)
            error += QLatin1Char(' ') + tr("(Zalo code %1)").arg(f.answer.zaloCode);
        const QString when = f.answer.updatedAt > 0 ? domain::officeDateTimeText(f.answer.updatedAt) : QString();
        m_table->setItem(row, CaseColumn, cell(f.caseSummary.code));
        m_table->setItem(row, UnitColumn, cell(unit, unit));
        m_table->setItem(row, WhenColumn, cell(when));
        m_table->setItem(row, ErrorColumn, cell(error, error));
        m_table->setItem(row, AnswerColumn, cell(firstWords(f.answer.text), f.answer.text));
        if (f.answer.id == selected)
            reselect = row;
    }
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(ErrorColumn) > 360)
        m_table->setColumnWidth(ErrorColumn, 360);
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else
        m_table->clearSelection();
    updateButtons();
}

int FailedAnswersDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return -1;
    const int row = rows.first().row();
    return row < m_answers.size() ? row : -1;
}

QString FailedAnswersDialog::refusal(int row) const
{
    const domain::OfficerScope &scope = m_services.scope();
    if (!scope.may(domain::Permission::ActOnCases))
        return scope.refusal(domain::Permission::ActOnCases);
    if (row < 0 || row >= m_answers.size())
        return tr("Choose an answer in the list first.");
    const domain::CaseSummary &c = m_answers.at(row).caseSummary;
    if (!scope.mayActOn(c.unitId))
        return tr("You may read case %1; only %2 acts on it.").arg(c.code, m_unitNames.value(c.unitId, c.unitId));
    return {};
}

void FailedAnswersDialog::updateButtons()
{
    const QString why = refusal(selectedRow());
    for (QPushButton *b : {m_retry, m_edit, m_close}) {
        b->setEnabled(why.isEmpty());
        b->setAccessibleDescription(why);
    }
}

bool FailedAnswersDialog::report(const store::ActionStatus &result, qint64 caseId, const QString &done)
{
    if (!result) {
        m_message->setText(result.error().message);
        m_message->setVisible(true);
        return false;
    }
    m_message->setText(done);
    m_message->setVisible(true);
    m_services.changes().check();
    Q_EMIT caseChanged(caseId);
    reload();
    return true;
}

bool FailedAnswersDialog::retry(int row)
{
    if (const QString why = refusal(row); !why.isEmpty()) {
        m_message->setText(why);
        m_message->setVisible(true);
        return false;
    }
    const store::FailedAnswer f = m_answers.at(row);
    auto r = m_services.writer().retryAnswer(m_services.scope(), f.caseSummary.id, f.answer.id);
    if (!r && r.error().code == store::ActionError::Code::NeedsBilledConfirmation) {
        if (!m_prompts.confirm(tr("Billed answer"), r.error().message)) {
            m_message->setText(tr("Not sent again: the answer would be billed."));
            m_message->setVisible(true);
            return false;
        }
        r = m_services.writer().retryAnswer(m_services.scope(), f.caseSummary.id, f.answer.id, true);
    }
    if (!r && r.error().code == store::ActionError::Code::WindowClosed) {
        m_message->setText(r.error().message + QLatin1Char(' ')
                           + tr("The answer stays in this list: once the citizen is reached, use “Note and close”."));
        m_message->setVisible(true);
        return false;
    }
    return report(r, f.caseSummary.id, tr("The answer to case %1 is back in the outbox: the sync service sends it again.").arg(f.caseSummary.code));
}

bool FailedAnswersDialog::edit(int row)
{
    if (const QString why = refusal(row); !why.isEmpty()) {
        m_message->setText(why);
        m_message->setVisible(true);
        return false;
    }
    const store::FailedAnswer f = m_answers.at(row);
    store::CaseWriter::GiveUpRequest request;
    request.outboxId = f.answer.id;
    request.toEdit = true;
    if (!report(m_services.writer().giveUpAnswer(m_services.scope(), f.caseSummary.id, request), f.caseSummary.id,
                tr("The answer to case %1 is in the case's editor: correct it and send it.").arg(f.caseSummary.code)))
        return false;
    Q_EMIT editRequested(f.caseSummary.id, f.answer.text);
    return true;
}

bool FailedAnswersDialog::noteAndClose(int row)
{
    if (const QString why = refusal(row); !why.isEmpty()) {
        m_message->setText(why);
        m_message->setVisible(true);
        return false;
    }
    const store::FailedAnswer f = m_answers.at(row);
    const auto note = m_prompts.askText(tr("Note and close case %1").arg(f.caseSummary.code),
                                        tr("How was the citizen reached instead (a phone call, a letter, a visit)? The note goes into the "
                                           "case's history; the answer is not sent and the case is closed."),
                                        true);
    if (!note)
        return false;
    store::CaseWriter::GiveUpRequest request;
    request.outboxId = f.answer.id;
    request.note = *note;
    request.closeCase = true;
    return report(m_services.writer().giveUpAnswer(m_services.scope(), f.caseSummary.id, request), f.caseSummary.id,
                  tr("Case %1 is closed with your note; its answer will not be sent.").arg(f.caseSummary.code));
}

} // namespace casedesk::ui
