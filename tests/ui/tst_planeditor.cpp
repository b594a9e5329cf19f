// SPDX-License-Identifier: GPL-3.0-or-later
// The action-plan editor as a user drives it: typing into a field of the mapped form
// (the cursor survives the model's echo), undo and redo from the Edit menu, the status
// workflow through the combo with who moved it and when, the history panel in words, the
// new-plan path, and a program killed with SIGKILL while editing that loses nothing the
// editor had handed over.
#include "models/planrepository.h"
#include "models/plans/planactionsmodel.h"
#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"
#include "models/plans/planfieldsmodel.h"
#include "models/plans/planlistmodel.h"
#include "models/plans/plantext.h"
#include "planfixture.h"
#include "ui/mainwindow.h"
#include "ui/plans/plandelegates.h"
#include "ui/plans/planeditor.h"
#include "ui/plans/planform.h"
#include "ui/plans/planhistoryview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <cstdio>

using namespace Enms;
using namespace Enms::Test;
using Engine::PlanStatus;

namespace {

const char *const kChildVariable = "ENMS_PLAN_KILL_CHILD";
const QString kTyped = QStringLiteral(" Typed & <kept>");
const QString kNightShift = QStringLiteral("Night shift");
constexpr int kCommitTimeoutMs = 3 * PlanForm::kCommitDelayMs;

// A rich-text label as the user reads it.
QString plainText(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QStringList columnTexts(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

// "on 4 Dec 2026 at 10:02 AM" in the workstation's zone and the test's locale.
QString onDateAt(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("on %1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")),
             QLocale().toString(local.time(), QLocale::ShortFormat));
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

// The child side of the kill test: edits as a user would and then waits to be killed.
// The text is typed, not committed; only the typing pause hands it to the plan.
int runKillChild()
{
    auto database = Database::open(qEnvironmentVariable("ENMS_PLAN_KILL_DB"));
    if (!database)
        return 2;
    PlanEditor editor;
    editor.setDatabase(database->get());
    if (!editor.openPlan(qEnvironmentVariable("ENMS_PLAN_KILL_PLAN")))
        return 3;
    editor.show();

    QTest::keyClicks(editor.form()->problemStatementEdit(), kTyped);
    QAbstractItemModel *actions = editor.form()->actionsView()->model();
    actions->setData(actions->index(0, PlanActionsModel::ResponsibleColumn), kNightShift);
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class TestPlanEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backends_data();

    void listSelectsAndOpensAPlan();
    void typedTextIsSavedUndoneAndRedone();
    void undoHandsOverPendingTextFirst();
    void statusComboOffersOnlyAllowedMoves();
    void refusedStatusMoveNamesTheAllowedOnes();
    void delegatesEditEachColumnProperly();
    void historyShowsWhatChanged();
    void newPlanForAnSeu();
    void mainWindowHasEditMenuAndPlansView();
    void killDuringEditingLosesNothingCommitted();
    void formIsAMapperOverThePlanFields();
    void echoKeepsCursorSelectionAndBlankLines();
    void leavingAFieldHandsItOver();
    void targetDateThroughTheMapper();
    void statusShowsWhoAndWhen_data() { backends_data(); }
    void statusShowsWhoAndWhen();
    void historyAndListSpeakWords_data() { backends_data(); }
    void historyAndListSpeakWords();

private:
    QTemporaryDir m_settings;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<PlanFixture> m_fixture;
    std::unique_ptr<PlanEditor> m_editor;
    QString m_planId;
};

void TestPlanEditor::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_planeditor"));
}

void TestPlanEditor::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    m_fixture = PlanFixture::make(*m_testDb);
    QVERIFY(m_fixture);
    m_planId = m_fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    QVERIFY(!m_planId.isEmpty());
    m_editor = std::make_unique<PlanEditor>();
    m_editor->setDatabase(m_fixture->database.get());
}

void TestPlanEditor::cleanup()
{
    m_editor.reset();
    m_fixture.reset();
    m_testDb.reset();
}

void TestPlanEditor::listSelectsAndOpensAPlan()
{
    QTableView *list = m_editor->planList();
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(!m_editor->currentDocument());
    QVERIFY(!m_editor->form()->isEnabled());

    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QVERIFY(m_editor->currentDocument());
    QCOMPARE(m_editor->currentDocument()->id(), m_planId);
    QVERIFY(m_editor->form()->isEnabled());
    QCOMPARE(m_editor->form()->problemStatementEdit()->toPlainText(),
             QStringLiteral("The press idles between batches."));
    QCOMPARE(m_editor->form()->rootCausesEdit()->toPlainText(),
             QStringLiteral("No idle detection\nManual shutdown only"));
    QCOMPARE(m_editor->form()->targetDateEdit()->date(), QDate(2026, 4, 1));
    QCOMPARE(m_editor->form()->actionsView()->model()->rowCount(), 3);
    QCOMPARE(m_editor->history()->revisionTable()->rowCount(), 1);
}

void TestPlanEditor::typedTextIsSavedUndoneAndRedone()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QPlainTextEdit *edit = m_editor->form()->problemStatementEdit();
    const QString original = edit->toPlainText();
    std::unique_ptr<QAction> undo(m_editor->createUndoAction(nullptr));
    std::unique_ptr<QAction> redo(m_editor->createRedoAction(nullptr));
    QVERIFY(!undo->isEnabled());

    QTest::keyClicks(edit, kTyped);
    // Handed over after the typing pause, and stored at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->stored(m_planId).problemStatement, original + kTyped,
                              kCommitTimeoutMs);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit “Problem statement”"));
    const int row = m_editor->listModel()->rowOf(m_planId);
    QCOMPARE(m_editor->listModel()->summaryAt(row).revision, 2);
    QCOMPARE(m_editor->history()->revisionTable()->rowCount(), 2);

    undo->trigger();
    QCOMPARE(edit->toPlainText(), original);
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, original);
    redo->trigger();
    QCOMPARE(edit->toPlainText(), original + kTyped);
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, original + kTyped);
    QCOMPARE(m_fixture->revisionCount(m_planId), 4);
}

void TestPlanEditor::undoHandsOverPendingTextFirst()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QPlainTextEdit *edit = m_editor->form()->monitoringPlanEdit();
    const QString original = edit->toPlainText();
    std::unique_ptr<QAction> undo(m_editor->createUndoAction(nullptr));
    std::unique_ptr<QAction> redo(m_editor->createRedoAction(nullptr));

    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Peak kW a day"));
    undo->trigger();   // before the pause: the text is committed, then undone
    QCOMPARE(edit->toPlainText(), original);
    redo->trigger();
    QCOMPARE(m_fixture->stored(m_planId).monitoringPlan.last(), QStringLiteral("Peak kW a day"));
}

void TestPlanEditor::statusComboOffersOnlyAllowedMoves()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QComboBox *combo = m_editor->form()->statusCombo();
    QCOMPARE(comboTexts(combo), (QStringList{QStringLiteral("Draft"),
                                             QStringLiteral("→ Approved"),
                                             QStringLiteral("→ Cancelled")}));
    QVERIFY(m_editor->form()->statusLabel()->text().contains(QStringLiteral("Draft")));

    Q_EMIT combo->activated(1);
    QCOMPARE(m_editor->currentDocument()->status(), PlanStatus::Approved);
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::Approved);
    QCOMPARE(comboTexts(combo),
             (QStringList{QStringLiteral("Approved"), QStringLiteral("→ In progress"),
                          QStringLiteral("→ On hold"), QStringLiteral("→ Cancelled")}));
    QVERIFY(m_editor->form()->statusLabel()->text().contains(QStringLiteral("Approved")));
    const int row = m_editor->listModel()->rowOf(m_planId);
    QCOMPARE(m_editor->listModel()->index(row, PlanListModel::StatusColumn).data().toString(),
             QStringLiteral("Approved"));

    // Undo puts the plan back to draft, and the combo follows.
    std::unique_ptr<QAction> undo(m_editor->createUndoAction(nullptr));
    undo->trigger();
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::Draft);
    QCOMPARE(combo->itemText(0), QStringLiteral("Draft"));
}

void TestPlanEditor::refusedStatusMoveNamesTheAllowedOnes()
{
    QVERIFY(m_editor->openPlan(m_planId));
    PlanDocument *document = m_editor->currentDocument();
    const Engine::Status refused = PlanEdits::changeStatus(*document, PlanStatus::Completed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("A plan that is Draft cannot become Completed. "
                            "Allowed next: Approved, Cancelled."));
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::Draft);
    QCOMPARE(m_fixture->revisionCount(m_planId), 1);
    QCOMPARE(document->undoStack()->count(), 0);
}

void TestPlanEditor::delegatesEditEachColumnProperly()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QTableView *view = m_editor->form()->actionsView();
    QAbstractItemDelegate *delegate = view->itemDelegate();
    QAbstractItemModel *model = view->model();
    QStyleOptionViewItem option;

    std::unique_ptr<QWidget> priority(
        delegate->createEditor(view, option, model->index(0, PlanActionsModel::PriorityColumn)));
    auto *prioritySpin = qobject_cast<QSpinBox *>(priority.get());
    QVERIFY(prioritySpin);
    QCOMPARE(prioritySpin->minimum(), 1);
    delegate->setEditorData(prioritySpin, model->index(0, PlanActionsModel::PriorityColumn));
    QCOMPARE(prioritySpin->value(), 1);
    prioritySpin->setValue(4);
    delegate->setModelData(prioritySpin, model, model->index(0, PlanActionsModel::PriorityColumn));
    QCOMPARE(m_fixture->stored(m_planId).actions[0].priority, 4);

    std::unique_ptr<QWidget> days(
        delegate->createEditor(view, option, model->index(0, PlanActionsModel::TimelineColumn)));
    QCOMPARE(qobject_cast<QSpinBox *>(days.get())->maximum(), PlanActionsModel::kMaxTimelineDays);

    std::unique_ptr<QWidget> responsible(delegate->createEditor(
        view, option, model->index(0, PlanActionsModel::ResponsibleColumn)));
    auto *line = qobject_cast<QLineEdit *>(responsible.get());
    QVERIFY(line && line->completer());
    auto *names = qobject_cast<QStringListModel *>(line->completer()->model());
    QVERIFY(names);
    QCOMPARE(names->stringList(), (QStringList{QStringLiteral("Maintenance"),
                                               QStringLiteral("Operations"),
                                               QStringLiteral("Training")}));
}

void TestPlanEditor::historyShowsWhatChanged()
{
    QVERIFY(m_editor->openPlan(m_planId));
    PlanEdits::setText(*m_editor->currentDocument(), PlanField::ResultVerification,
                       QStringLiteral("<i>Checked</i> & signed"));
    QTableWidget *revisions = m_editor->history()->revisionTable();
    QTableWidget *changes = m_editor->history()->changeTable();
    QCOMPARE(revisions->rowCount(), 2);
    QCOMPARE(revisions->currentRow(), 1);
    QCOMPARE(revisions->item(1, 4)->text(), QStringLiteral("Result verification edited"));
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Result verification"));
    QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Shutdown logic is live."));
    QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("<i>Checked</i> & signed"));

    revisions->setCurrentCell(0, 0);
    QVERIFY(changes->rowCount() > 5);   // the first revision lists every field
}

void TestPlanEditor::newPlanForAnSeu()
{
    const Engine::Result<QString> created =
        m_editor->createPlan(QStringLiteral("Press Line 2"),
                             QStringLiteral("inefficient_scheduling"));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(created->startsWith(QStringLiteral("AP-Press-Line-2-inefficient_scheduling-")));
    QCOMPARE(m_editor->listModel()->rowCount(), 2);
    QCOMPARE(m_editor->currentDocument()->id(), *created);
    QCOMPARE(m_editor->currentDocument()->status(), PlanStatus::Draft);
    QVERIFY(!m_editor->form()->problemStatementEdit()->toPlainText().isEmpty());

    const Engine::Result<QString> bad =
        m_editor->createPlan(QStringLiteral("Press Line 2"), QStringLiteral("no_such_type"));
    QVERIFY(!bad);
    QCOMPARE(m_editor->listModel()->rowCount(), 2);
}

void TestPlanEditor::mainWindowHasEditMenuAndPlansView()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_testDb->location()));
    QMenu *edit = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Edit"))
            edit = action->menu();
    }
    QVERIFY(edit);
    // Undo and Redo come first; Cut, Copy, Paste and Select All follow.
    QVERIFY(edit->actions().size() >= 2);
    QCOMPARE(edit->actions().at(0)->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(edit->actions().at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    QCOMPARE(window.viewTabs()->count(), 4);   // dashboard, charts, opportunities, plans
    QVERIFY(window.chart());   // the consumption view stays
    QVERIFY(window.showPlan(m_planId));
    QCOMPARE(window.viewTabs()->currentWidget(), window.planEditor());
    QCOMPARE(window.planEditor()->currentDocument()->id(), m_planId);

    PlanEdits::setText(*window.planEditor()->currentDocument(), PlanField::ProblemStatement,
                       QStringLiteral("From the window"));
    QVERIFY(edit->actions().at(0)->isEnabled());
    edit->actions().at(0)->trigger();
    QCOMPARE(m_fixture->stored(m_planId).problemStatement,
             QStringLiteral("The press idles between batches."));
    QVERIFY(!window.showPlan(QStringLiteral("AP-unknown")));
}

void TestPlanEditor::killDuringEditingLosesNothingCommitted()
{
    m_editor.reset();   // the child is the only editor
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("ENMS_PLAN_KILL_DB"), m_testDb->location());
    environment.insert(QStringLiteral("ENMS_PLAN_KILL_PLAN"), m_planId);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 30000);
    QCOMPARE(child.readLine().trimmed(), QByteArray("typed"));

    // Killed after the typing pause but with the editor still open: no close, no flush.
    QTest::qWait(PlanForm::kCommitDelayMs + 800);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();   // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // A restart finds both edits, each as its own revision.
    auto reopened = PlanDocument::open(*m_fixture->database, m_planId);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->problemStatement(), QStringLiteral("The press idles between batches.")
                                                  + kTyped);
    QCOMPARE((*reopened)->plan().actions[0].responsible, kNightShift);
    QCOMPARE((*reopened)->revision(), 3);
}

void TestPlanEditor::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestPlanEditor::formIsAMapperOverThePlanFields()
{
    QVERIFY(m_editor->openPlan(m_planId));
    PlanForm *form = m_editor->form();
    QDataWidgetMapper *mapper = form->fieldMapper();
    QCOMPARE(mapper->model(), form->fieldsModel());
    QCOMPARE(form->fieldsModel()->document(), m_editor->currentDocument());
    QCOMPARE(mapper->currentIndex(), 0);
    QCOMPARE(mapper->submitPolicy(), QDataWidgetMapper::AutoSubmit);
    const std::pair<QWidget *, PlanFieldsModel::Column> mapped[] = {
        {form->problemStatementEdit(), PlanFieldsModel::ProblemStatementColumn},
        {form->rootCausesEdit(), PlanFieldsModel::RootCausesColumn},
        {form->monitoringPlanEdit(), PlanFieldsModel::MonitoringPlanColumn},
        {form->resultVerificationEdit(), PlanFieldsModel::ResultVerificationColumn},
        {form->performanceVerificationEdit(), PlanFieldsModel::PerformanceVerificationColumn},
        {form->targetDateEdit(), PlanFieldsModel::TargetDateColumn}};
    for (const auto &[widget, column] : mapped)
        QCOMPARE(mapper->mappedWidgetAt(column), widget);
    QCOMPARE(form->performanceVerificationEdit()->toPlainText(),
             QStringLiteral("Compare 30 days with the baseline."));

    // Closing the plan empties the mapped widgets.
    m_editor->setDatabase(nullptr);
    QCOMPARE(form->problemStatementEdit()->toPlainText(), QString());
    QCOMPARE(form->fieldsModel()->rowCount(), 0);
}

void TestPlanEditor::echoKeepsCursorSelectionAndBlankLines()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QPlainTextEdit *edit = m_editor->form()->problemStatementEdit();
    const QString original = edit->toPlainText();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, kTyped);

    // The user selects "press" and the typing pause hands the text over meanwhile.
    QTextCursor selection = edit->textCursor();
    selection.setPosition(4);
    selection.setPosition(9, QTextCursor::KeepAnchor);
    edit->setTextCursor(selection);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->stored(m_planId).problemStatement, original + kTyped,
                              kCommitTimeoutMs);
    QCOMPARE(edit->textCursor().anchor(), 4);
    QCOMPARE(edit->textCursor().position(), 9);
    QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("press"));
    // The widget was not refilled: its own typing history is still there.
    QVERIFY(edit->document()->isUndoAvailable());

    // A list gets a new, still empty line: nothing to store, and the line stays.
    QPlainTextEdit *causes = m_editor->form()->rootCausesEdit();
    causes->moveCursor(QTextCursor::End);
    QTest::keyClick(causes, Qt::Key_Return);
    const int revisions = m_fixture->revisionCount(m_planId);
    m_editor->commitPendingEdits();
    QCOMPARE(m_fixture->revisionCount(m_planId), revisions);
    QCOMPARE(causes->toPlainText(), QStringLiteral("No idle detection\nManual shutdown only\n"));
    QCOMPARE(causes->textCursor().position(), int(causes->toPlainText().size()));

    // Once typed, the item is stored, trimmed, and the widget keeps what the user typed.
    QTest::keyClicks(causes, QStringLiteral("  Timer broken  "));
    m_editor->commitPendingEdits();
    QCOMPARE(m_fixture->stored(m_planId).rootCauses.last(), QStringLiteral("Timer broken"));
    QVERIFY(causes->toPlainText().endsWith(QStringLiteral("  Timer broken  ")));
}

void TestPlanEditor::leavingAFieldHandsItOver()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    QVERIFY(m_editor->openPlan(m_planId));
    QPlainTextEdit *monitoring = m_editor->form()->monitoringPlanEdit();
    monitoring->setFocus();
    QTRY_VERIFY(monitoring->hasFocus());
    monitoring->moveCursor(QTextCursor::End);
    QTest::keyClick(monitoring, Qt::Key_Return);
    QTest::keyClicks(monitoring, QStringLiteral("Peak kW a day"));
    QCOMPARE(m_fixture->revisionCount(m_planId), 1);   // still typing

    // Tab leaves the field (it does not insert a tab), well before the typing pause.
    QTest::keyClick(monitoring, Qt::Key_Tab);
    QVERIFY(!monitoring->hasFocus());
    QCOMPARE(m_fixture->stored(m_planId).monitoringPlan.last(), QStringLiteral("Peak kW a day"));
    QCOMPARE(m_fixture->revisionCount(m_planId), 2);

    // Escape does not throw typed text away.
    QPlainTextEdit *result = m_editor->form()->resultVerificationEdit();
    result->setFocus();
    QTRY_VERIFY(result->hasFocus());
    QTest::keyClicks(result, QStringLiteral(" Signed."));
    QTest::keyClick(result, Qt::Key_Escape);
    QCOMPARE(result->toPlainText(), QStringLiteral("Shutdown logic is live. Signed."));
    m_editor->commitPendingEdits();
    QCOMPARE(m_fixture->stored(m_planId).resultVerification,
             QStringLiteral("Shutdown logic is live. Signed."));
}

void TestPlanEditor::targetDateThroughTheMapper()
{
    QVERIFY(m_editor->openPlan(m_planId));
    QDateEdit *date = m_editor->form()->targetDateEdit();
    date->setDate(QDate(2026, 5, 15));
    Q_EMIT date->editingFinished();
    QCOMPARE(m_fixture->stored(m_planId).targetDate, QDate(2026, 5, 15));
    QCOMPARE(m_editor->currentDocument()->undoStack()->count(), 1);

    std::unique_ptr<QAction> undo(m_editor->createUndoAction(nullptr));
    undo->trigger();
    QCOMPARE(date->date(), QDate(2026, 4, 1));
    QCOMPARE(m_fixture->stored(m_planId).targetDate, QDate(2026, 4, 1));
}

void TestPlanEditor::statusShowsWhoAndWhen()
{
    QFETCH(TestDatabase::Kind, kind);
    m_editor.reset();
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    qputenv("ENMS_USER", "creator");
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    PlanEditor editor;
    editor.setDatabase(fixture->database.get());
    QVERIFY(editor.openPlan(id));
    QLabel *label = editor.form()->statusLabel();
    PlanRepository repository(*fixture->database, {});
    const QDateTime createdAt = repository.revisions(id)->front().createdAtUtc;
    QCOMPARE(plainText(label),
             QStringLiteral("● Draft, created by creator ") + onDateAt(createdAt));

    // Moved through the combo by a user whose name needs escaping.
    qputenv("ENMS_USER", "alice & <bob>");
    Q_EMIT editor.form()->statusCombo()->activated(1);
    const auto stored = repository.revisions(id);
    QVERIFY(stored);
    QCOMPARE(stored->back().status, PlanStatus::Approved);
    QCOMPARE(stored->back().author, QStringLiteral("alice & <bob>"));
    const QDateTime movedAt = stored->back().createdAtUtc;
    QVERIFY(qAbs(movedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString approved = QStringLiteral("● Approved by alice & <bob> ") + onDateAt(movedAt);
    QCOMPARE(plainText(label), approved);
    QVERIFY(label->text().contains(PlanText::statusColor(PlanStatus::Approved).name()));

    // A text edit leaves the line alone; undoing the move is a change by its own user.
    PlanEdits::setText(*editor.currentDocument(), PlanField::ProblemStatement,
                       QStringLiteral("Edited"));
    QCOMPARE(plainText(label), approved);
    qputenv("ENMS_USER", "carol");
    std::unique_ptr<QAction> undo(editor.createUndoAction(nullptr));
    undo->trigger();   // the text edit
    undo->trigger();   // the move
    QCOMPARE(editor.currentDocument()->status(), PlanStatus::Draft);
    const QDateTime undoneAt = repository.revisions(id)->back().createdAtUtc;
    QCOMPARE(plainText(label), QStringLiteral("● Draft by carol ") + onDateAt(undoneAt));
    qunsetenv("ENMS_USER");
}

void TestPlanEditor::historyAndListSpeakWords()
{
    QFETCH(TestDatabase::Kind, kind);
    m_editor.reset();
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    PlanEditor editor;
    editor.setDatabase(fixture->database.get());
    const Engine::Result<QString> created =
        editor.createPlan(QStringLiteral("Press Line 2"),
                          QStringLiteral("inefficient_scheduling"));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const int row = editor.listModel()->rowOf(*created);
    QCOMPARE(editor.listModel()->index(row, PlanListModel::IssueTypeColumn).data().toString(),
             QStringLiteral("Inefficient scheduling"));

    PlanDocument *document = editor.currentDocument();
    QVERIFY(PlanEdits::changeStatus(*document, PlanStatus::Approved));
    QTableView *actions = editor.form()->actionsView();
    actions->model()->insertRows(actions->model()->rowCount(), 1);
    document->undoStack()->undo();   // the new action
    document->undoStack()->undo();   // the move

    QTableWidget *revisions = editor.history()->revisionTable();
    QCOMPARE(revisions->horizontalHeaderItem(4)->text(), QStringLiteral("Change"));
    QCOMPARE(columnTexts(revisions, 4),
             (QStringList{QStringLiteral("Created from the “Inefficient scheduling” template"),
                          QStringLiteral("Status Draft → Approved"),
                          QStringLiteral("Action 4 added"),
                          QStringLiteral("Action 4 removed (“New action”)"),
                          QStringLiteral("Status Approved → Draft (move undone)")}));
    QCOMPARE(columnTexts(revisions, 3),
             (QStringList{QStringLiteral("Draft"), QStringLiteral("Approved"),
                          QStringLiteral("Approved"), QStringLiteral("Approved"),
                          QStringLiteral("Draft")}));

    // The selected revision's diff: statuses by name.
    QTableWidget *changes = editor.history()->changeTable();
    revisions->setCurrentCell(1, 0);
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("Status"));
    QCOMPARE(changes->item(0, 1)->text(), QStringLiteral("Draft"));
    QCOMPARE(changes->item(0, 2)->text(), QStringLiteral("Approved"));

    // The creation lists every field, none by a code.
    revisions->setCurrentCell(0, 0);
    QVERIFY(changes->rowCount() > 5);
    for (int i = 0; i < changes->rowCount(); ++i) {
        for (int column = 0; column < 3; ++column) {
            const QString text = changes->item(i, column)->text();
            QVERIFY2(!text.contains(QLatin1Char('_')) && !text.contains(QStringLiteral("->")),
                     qPrintable(text));
        }
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runKillChild();
    TestPlanEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_planeditor.moc"
