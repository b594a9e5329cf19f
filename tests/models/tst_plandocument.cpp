// SPDX-License-Identifier: GPL-3.0-or-later
// An open plan: every edit through the PlanEdits facade is one undo step and one stored
// revision; the actions table behaves as an item model while rows are edited, added,
// removed and moved; status moves follow the workflow and record who and when; the
// history diff shows typed text literally and everything else in words.
#include "models/plans/planactionsmodel.h"
#include "models/plans/plancommands.h"
#include "models/plans/plandiff.h"
#include "models/plans/plandocument.h"
#include "models/plans/planrevisiontext.h"
#include "planfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Enms;
using namespace Enms::Test;
using Engine::PlanStatus;

namespace {

const QString kMarkup = QStringLiteral("Idles <b>all</b> night & at 'weekends'");

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QStringList actionNames(const std::vector<Engine::PlanAction> &actions)
{
    QStringList names;
    for (const Engine::PlanAction &action : actions)
        names.append(action.action);
    return names;
}

// Sets (or with a null value, removes) environment variables for one test and puts the
// old values back afterwards, so the actor of one test never leaks into the next.
class EnvironmentGuard final
{
public:
    EnvironmentGuard(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        for (const auto &[name, value] : values) {
            m_saved.push_back({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
            if (value)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }
    ~EnvironmentGuard()
    {
        for (const Saved &saved : m_saved) {
            if (saved.wasSet)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }
    Q_DISABLE_COPY_MOVE(EnvironmentGuard)

private:
    struct Saved {
        const char *name;
        bool wasSet;
        QByteArray value;
    };
    std::vector<Saved> m_saved;
};

QList<int> revisionNumbers(const std::vector<PlanStatusChange> &changes)
{
    QList<int> numbers;
    for (const PlanStatusChange &change : changes)
        numbers.append(change.revision);
    return numbers;
}

} // namespace

class TestPlanDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void backends_data();

    void textEditIsOneRevisionAndSignals();
    void undoAndRedoAreSavedToo();
    void consecutiveEditsOfAFieldMerge();
    void listFieldsIgnoreBlankLines();
    void targetDateEdit();
    void actionsTableUnderModelTester();
    void moveRowsLikeAView();
    void statusFollowsTheWorkflow();
    void refusedStatusListsTheAllowedMoves();
    void twoEditorsNeverOverwriteEachOther();
    void historyDiffShowsTextLiterally();
    void responsibleNamesForCompletion();
    void actorWithoutLoginVariablesIsTheAccount();
    void statusChangesRecordWhoAndWhen_data() { backends_data(); }
    void statusChangesRecordWhoAndWhen();
    void revisionChangesInWords_data() { backends_data(); }
    void revisionChangesInWords();

private:
    std::unique_ptr<PlanDocument> reopen() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<PlanFixture> m_fixture;
    QString m_planId;
};

void TestPlanDocument::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    m_fixture = PlanFixture::make(*m_testDb);
    QVERIFY(m_fixture);
    m_planId = m_fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    QVERIFY(!m_planId.isEmpty());
}

void TestPlanDocument::cleanup()
{
    m_fixture.reset();
    m_testDb.reset();
}

std::unique_ptr<PlanDocument> TestPlanDocument::reopen() const
{
    auto document = PlanDocument::open(*m_fixture->database, m_planId);
    return document ? std::move(document).value() : nullptr;
}

void TestPlanDocument::textEditIsOneRevisionAndSignals()
{
    auto document = reopen();
    QVERIFY(document);
    QCOMPARE(document->revision(), 1);
    QCOMPARE(document->currency(), QStringLiteral("EUR"));
    QSignalSpy changed(document.get(), &PlanDocument::problemStatementChanged);
    QSignalSpy saved(document.get(), &PlanDocument::saved);

    PlanEdits::setText(*document, PlanField::ProblemStatement, kMarkup);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), kMarkup);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toInt(), 2);
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("Problem statement edited"));
    QCOMPARE(document->undoStack()->count(), 1);

    // Stored at once: a second reader sees it without anything being closed.
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, kMarkup);
    QCOMPARE(m_fixture->revisionCount(m_planId), 2);

    // The same text again is no edit.
    PlanEdits::setText(*document, PlanField::ProblemStatement, kMarkup);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestPlanDocument::undoAndRedoAreSavedToo()
{
    auto document = reopen();
    QVERIFY(document);
    const QString original = document->problemStatement();
    PlanEdits::setText(*document, PlanField::ResultVerification, QStringLiteral("Checked"));
    PlanEdits::setText(*document, PlanField::ProblemStatement, kMarkup);

    document->undoStack()->undo();
    QCOMPARE(document->problemStatement(), original);
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, original);
    QCOMPARE(m_fixture->stored(m_planId).resultVerification, QStringLiteral("Checked"));

    document->undoStack()->redo();
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, kMarkup);
    // Created, two edits, one undo, one redo.
    QCOMPARE(m_fixture->revisionCount(m_planId), 5);
}

void TestPlanDocument::consecutiveEditsOfAFieldMerge()
{
    auto document = reopen();
    QVERIFY(document);
    const QString original = document->problemStatement();
    PlanEdits::setText(*document, PlanField::ProblemStatement, QStringLiteral("The"));
    PlanEdits::setText(*document, PlanField::ProblemStatement, QStringLiteral("The press"));
    PlanEdits::setText(*document, PlanField::RootCauses, QStringLiteral("One"));
    QCOMPARE(document->undoStack()->count(), 2);   // the two statement edits merged
    QCOMPARE(m_fixture->revisionCount(m_planId), 4);   // ... but each was saved

    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->problemStatement(), original);
}

void TestPlanDocument::listFieldsIgnoreBlankLines()
{
    auto document = reopen();
    QVERIFY(document);
    PlanEdits::setText(*document, PlanField::RootCauses,
                       QStringLiteral("No idle detection\n\n  Manual shutdown only  \n"));
    QCOMPARE(document->undoStack()->count(), 0);
    PlanEdits::setText(*document, PlanField::MonitoringPlan, QStringLiteral("A\n\nB\n"));
    QCOMPARE(document->monitoringPlan(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(m_fixture->stored(m_planId).monitoringPlan, document->monitoringPlan());
}

void TestPlanDocument::targetDateEdit()
{
    auto document = reopen();
    QVERIFY(document);
    QSignalSpy changed(document.get(), &PlanDocument::targetDateChanged);
    QSignalSpy saved(document.get(), &PlanDocument::saved);
    PlanEdits::setTargetDate(*document, QDate(2026, 5, 15));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toDate(), QDate(2026, 5, 15));
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("Target date 2026-04-01 -> 2026-05-15"));
    QCOMPARE(m_fixture->stored(m_planId).targetDate, QDate(2026, 5, 15));
    document->undoStack()->undo();
    QCOMPARE(m_fixture->stored(m_planId).targetDate, QDate(2026, 4, 1));
}

void TestPlanDocument::actionsTableUnderModelTester()
{
    auto document = reopen();
    QVERIFY(document);
    PlanActionsModel *model = document->actions();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, PlanActionsModel::ActionColumn).data().toString(),
             QStringLiteral("Stop after 15 min idle"));

    // Edit: numbers are clamped, text trimmed; each is stored.
    QVERIFY(model->setData(model->index(0, PlanActionsModel::TimelineColumn), 99999));
    QCOMPARE(model->index(0, PlanActionsModel::TimelineColumn).data().toInt(),
             PlanActionsModel::kMaxTimelineDays);
    QVERIFY(model->setData(model->index(2, PlanActionsModel::ResponsibleColumn),
                           QStringLiteral("  A. Müller <QA> ")));
    QVERIFY(!model->setData(model->index(0, PlanActionsModel::PriorityColumn),
                            QStringLiteral("first")));
    // An emptied cell is stored as empty text (the database refuses NULL there).
    QVERIFY(model->setData(model->index(1, PlanActionsModel::ResourcesColumn), QString()));
    auto stored = m_fixture->stored(m_planId).actions;
    QCOMPARE(stored[1].resourcesNeeded, QString());
    QCOMPARE(m_fixture->revisionCount(m_planId), 4);
    QCOMPARE(stored[0].timelineDays, PlanActionsModel::kMaxTimelineDays);
    QCOMPARE(stored[2].responsible, QStringLiteral("A. Müller <QA>"));

    // Insert two rows, remove one, through the model as a view would.
    QVERIFY(model->insertRows(1, 2));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(1, PlanActionsModel::ActionColumn).data().toString(),
             QStringLiteral("New action"));
    QVERIFY(model->removeRows(0, 1));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(actionNames(m_fixture->stored(m_planId).actions),
             (strings({"New action", "New action", "Stop after 15 min idle",
                          "Train operators"})));
    QVERIFY(!model->removeRows(3, 2));

    // Every step can be undone, back to the stored original: 3 cells, 1 insert macro,
    // 1 remove macro.
    QCOMPARE(document->undoStack()->count(), 5);
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(actionNames(m_fixture->stored(m_planId).actions),
             (strings({"Detect idle", "Stop after 15 min idle", "Train operators"})));
    QCOMPARE(m_fixture->stored(m_planId).actions[2].responsible, QStringLiteral("Training"));
}

void TestPlanDocument::moveRowsLikeAView()
{
    auto document = reopen();
    QVERIFY(document);
    PlanActionsModel *model = document->actions();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);

    // Row 0 to the end: Qt's destination is "before row 3".
    QVERIFY(model->moveRows({}, 0, 1, {}, 3));
    QCOMPARE(actionNames(model->actions()),
             (strings({"Stop after 15 min idle", "Train operators", "Detect idle"})));
    QCOMPARE(moved.size(), 1);
    // Two rows up to the top.
    QVERIFY(model->moveRows({}, 1, 2, {}, 0));
    QCOMPARE(actionNames(model->actions()),
             (strings({"Train operators", "Detect idle", "Stop after 15 min idle"})));
    QCOMPARE(actionNames(m_fixture->stored(m_planId).actions), actionNames(model->actions()));
    QVERIFY(!model->moveRows({}, 0, 1, {}, 1));   // onto itself

    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(actionNames(m_fixture->stored(m_planId).actions),
             (strings({"Detect idle", "Stop after 15 min idle", "Train operators"})));
}

void TestPlanDocument::statusFollowsTheWorkflow()
{
    auto document = reopen();
    QVERIFY(document);
    QSignalSpy status(document.get(), &PlanDocument::statusChanged);
    qputenv("ENMS_USER", "auditor-test");

    QVERIFY(PlanEdits::changeStatus(*document, PlanStatus::Approved));
    QVERIFY(PlanEdits::changeStatus(*document, PlanStatus::InProgress));
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(1).at(0).value<PlanStatus>(), PlanStatus::InProgress);
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::InProgress);

    auto revisions = PlanRepository(*m_fixture->database, {}).revisions(m_planId);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), size_t(3));
    QCOMPARE(revisions->at(1).summary, QStringLiteral("Status draft -> approved"));
    QCOMPARE(revisions->at(1).author, QStringLiteral("auditor-test"));
    QVERIFY(qAbs(revisions->at(2).createdAtUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Undo goes back one move, recorded as such.
    document->undoStack()->undo();
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::Approved);
    revisions = PlanRepository(*m_fixture->database, {}).revisions(m_planId);
    QCOMPARE(revisions->back().summary, QStringLiteral("Status in_progress -> approved (undone)"));
    document->undoStack()->redo();
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::InProgress);
    qunsetenv("ENMS_USER");
}

void TestPlanDocument::twoEditorsNeverOverwriteEachOther()
{
    // Two workstations open the same plan at revision 1; the first one saves first.
    auto first = reopen();
    auto second = reopen();
    QVERIFY(first && second);
    PlanEdits::setText(*first, PlanField::ProblemStatement, QStringLiteral("From the first"));
    QCOMPARE(m_fixture->revisionCount(m_planId), 2);

    // The second one's edit is refused, not stored over the first one's.
    QSignalSpy failed(second.get(), &PlanDocument::saveFailed);
    PlanEdits::setText(*second, PlanField::ResultVerification, QStringLiteral("From the second"));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("changed elsewhere")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(m_fixture->revisionCount(m_planId), 2);
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, QStringLiteral("From the first"));
    QVERIFY(m_fixture->stored(m_planId).resultVerification != QStringLiteral("From the second"));

    // Neither may a status move of the stale copy pass.
    QVERIFY(!second->moveStatus(PlanStatus::Approved));
    QCOMPARE(m_fixture->stored(m_planId).status, PlanStatus::Draft);

    // Opened again, it sees the first one's text and saves on top of it.
    auto again = reopen();
    QCOMPARE(again->plan().problemStatement, QStringLiteral("From the first"));
    PlanEdits::setText(*again, PlanField::ResultVerification, QStringLiteral("From the second"));
    QCOMPARE(m_fixture->revisionCount(m_planId), 3);
    QCOMPARE(m_fixture->stored(m_planId).problemStatement, QStringLiteral("From the first"));
}

void TestPlanDocument::refusedStatusListsTheAllowedMoves()
{
    auto document = reopen();
    QVERIFY(document);
    const Engine::Status refused = PlanEdits::changeStatus(*document, PlanStatus::Verified);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Engine::ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             QStringLiteral("A plan that is Draft cannot become Verified. "
                            "Allowed next: Approved, Cancelled."));
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(m_fixture->revisionCount(m_planId), 1);

    QVERIFY(PlanEdits::changeStatus(*document, PlanStatus::Cancelled));
    const Engine::Status final = PlanEdits::changeStatus(*document, PlanStatus::Draft);
    QVERIFY(!final);
    QVERIFY(final.error().message.contains(QStringLiteral("none, the status is final")));
}

void TestPlanDocument::historyDiffShowsTextLiterally()
{
    auto document = reopen();
    QVERIFY(document);
    PlanEdits::setText(*document, PlanField::ProblemStatement, kMarkup);
    PlanEdits::setActionCell(*document, 1, PlanActionsModel::ResponsibleColumn,
                             QStringLiteral("Shift lead"));
    auto revisions = PlanRepository(*m_fixture->database, {}).revisions(m_planId);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), size_t(3));

    auto changes = diffPlanDocuments(revisions->at(0).document, revisions->at(1).document);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].field, QStringLiteral("Problem statement"));
    QCOMPARE(changes[0].before, QStringLiteral("The press idles between batches."));
    QCOMPARE(changes[0].after, kMarkup);

    changes = diffPlanDocuments(revisions->at(1).document, revisions->at(2).document);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].field, QStringLiteral("Action 2 – Responsible"));
    QCOMPARE(changes[0].before, QStringLiteral("Operations"));
    QCOMPARE(changes[0].after, QStringLiteral("Shift lead"));
    QCOMPARE(revisions->at(2).summary, QStringLiteral("Action 2: Responsible changed"));

    // Against nothing (the first revision), list fields show one item a line.
    changes = diffPlanDocuments({}, revisions->at(0).document);
    const auto causes = std::find_if(changes.begin(), changes.end(), [](const auto &change) {
        return change.field == QStringLiteral("Root causes");
    });
    QVERIFY(causes != changes.end());
    QCOMPARE(causes->after, QStringLiteral("No idle detection\nManual shutdown only"));
}

void TestPlanDocument::responsibleNamesForCompletion()
{
    auto names = responsibleNames(*m_fixture->database);
    QVERIFY(names);
    QCOMPARE(*names, (strings({"Maintenance", "Operations", "Training"})));
}

void TestPlanDocument::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestPlanDocument::actorWithoutLoginVariablesIsTheAccount()
{
#ifndef Q_OS_UNIX
    QSKIP("The account-name fallback exists on POSIX systems only.");
#else
    const EnvironmentGuard noLogin{
        {"ENMS_USER", nullptr}, {"USER", nullptr}, {"USERNAME", nullptr}, {"LOGNAME", nullptr}};
    const passwd *account = getpwuid(geteuid());
    QVERIFY(account && account->pw_name);
    const QString name = QString::fromLocal8Bit(account->pw_name);
    QCOMPARE(currentActor(), name);

    // A revision made in such a session names the account, not "unknown".
    auto document = reopen();
    QVERIFY(document);
    PlanEdits::setText(*document, PlanField::ResultVerification, QStringLiteral("Checked"));
    const auto revisions = PlanRepository(*m_fixture->database, {}).revisions(m_planId);
    QVERIFY(revisions);
    QCOMPARE(revisions->back().author, name);

    // The variables still come first.
    qputenv("LOGNAME", "from-logname");
    QCOMPARE(currentActor(), QStringLiteral("from-logname"));
    qputenv("ENMS_USER", "from-enms-user");
    QCOMPARE(currentActor(), QStringLiteral("from-enms-user"));
#endif
}

void TestPlanDocument::statusChangesRecordWhoAndWhen()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    EnvironmentGuard actor{{"ENMS_USER", "creator"}};
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanDocument &document = **opened;
    PlanRepository repository(*fixture->database, {});

    // A plan that never moved has its status from its creation.
    QCOMPARE(document.statusChange().revision, 1);
    QVERIFY(!document.statusChange().from);
    QCOMPARE(document.statusChange().to, PlanStatus::Draft);
    QCOMPARE(document.statusChange().author, QStringLiteral("creator"));
    QCOMPARE(document.statusChange().atUtc, repository.revisions(id)->front().createdAtUtc);

    qputenv("ENMS_USER", "approver");
    QSignalSpy status(&document, &PlanDocument::statusChanged);
    QVERIFY(PlanEdits::changeStatus(document, PlanStatus::Approved));
    QCOMPARE(status.size(), 1);
    const PlanStatusChange approved = document.statusChange();
    QCOMPARE(approved.revision, 2);
    QCOMPARE(approved.from, std::optional(PlanStatus::Draft));
    QCOMPARE(approved.to, PlanStatus::Approved);
    QCOMPARE(approved.author, QStringLiteral("approver"));
    QCOMPARE(approved.atUtc, repository.revisions(id)->back().createdAtUtc);
    QVERIFY(qAbs(approved.atUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // A text edit is no status change; a second move and its undo are.
    PlanEdits::setText(document, PlanField::ProblemStatement, QStringLiteral("Edited"));
    QCOMPARE(document.statusChange().revision, 2);
    qputenv("ENMS_USER", "starter");
    QVERIFY(PlanEdits::changeStatus(document, PlanStatus::InProgress));
    document.undoStack()->undo();
    QCOMPARE(document.statusChange().revision, 5);
    QCOMPARE(document.statusChange().from, std::optional(PlanStatus::InProgress));
    QCOMPARE(document.statusChange().to, PlanStatus::Approved);
    QCOMPARE(document.statusChange().author, QStringLiteral("starter"));

    // The stored history, read without documents, and the same worked out from the
    // full revisions.
    const auto history = repository.statusHistory(id);
    QVERIFY(history);
    QCOMPARE(revisionNumbers(*history), (QList<int>{1, 2, 4, 5}));
    QCOMPARE(history->at(0).author, QStringLiteral("creator"));
    QCOMPARE(history->at(1).author, QStringLiteral("approver"));
    QCOMPARE(history->at(2).from, std::optional(PlanStatus::Approved));
    QCOMPARE(history->at(2).to, PlanStatus::InProgress);
    QCOMPARE(history->at(3).atUtc, document.statusChange().atUtc);
    QCOMPARE(revisionNumbers(statusHistoryOf(*repository.revisions(id))),
             revisionNumbers(*history));
    QVERIFY(!repository.statusHistory(QStringLiteral("AP-none")));
}

void TestPlanDocument::revisionChangesInWords()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanDocument &document = **opened;

    PlanEdits::setText(document, PlanField::ProblemStatement, kMarkup);
    PlanEdits::insertAction(document, 3);
    PlanEdits::removeAction(document, 0);
    PlanEdits::moveAction(document, 0, 1);
    PlanEdits::setActionCell(document, 1, PlanActionsModel::ResponsibleColumn,
                             QStringLiteral("Shift lead"));
    PlanEdits::setTargetDate(document, QDate(2026, 5, 15));
    QVERIFY(PlanEdits::changeStatus(document, PlanStatus::Approved));
    document.undoStack()->undo();

    const auto revisions = PlanRepository(*fixture->database, {}).revisions(id);
    QVERIFY(revisions);
    QCOMPARE(PlanRevisionText::changes(*revisions),
             (strings({"Created from the “Excessive idle running” template",
                       "Problem statement edited",
                       "Action 4 added",
                       "Action 1 removed (“Detect idle”)",
                       "Action 1 moved to position 2",
                       "Action 2 – Responsible edited",
                       "Target date 1 Apr 2026 → 15 May 2026",
                       "Status Draft → Approved",
                       "Status Approved → Draft (move undone)"})));
    // The stored summaries, the audit record, keep their codes.
    QCOMPARE(revisions->at(7).summary, QStringLiteral("Status draft -> approved"));

    // The diff names statuses, dates and figures in words too.
    auto changes = diffPlanDocuments(revisions->at(6).document, revisions->at(7).document);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].field, QStringLiteral("Status"));
    QCOMPARE(changes[0].before, QStringLiteral("Draft"));
    QCOMPARE(changes[0].after, QStringLiteral("Approved"));
    changes = diffPlanDocuments(revisions->at(5).document, revisions->at(6).document);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].before, QStringLiteral("1 Apr 2026"));
    QCOMPARE(changes[0].after, QStringLiteral("15 May 2026"));

    changes = diffPlanDocuments({}, revisions->at(0).document);
    QStringList fields;
    for (const PlanFieldChange &change : changes) {
        fields.append(change.field);
        QVERIFY2(!change.field.contains(QLatin1Char('_')), qPrintable(change.field));
    }
    const auto cost = std::find_if(changes.begin(), changes.end(), [](const auto &change) {
        return change.field == QStringLiteral("Expected outcomes – Cost");
    });
    QVERIFY2(cost != changes.end(), qPrintable(fields.join(QStringLiteral(" | "))));
    QCOMPARE(cost->after, QStringLiteral("264.00 EUR"));
    QVERIFY(fields.contains(QStringLiteral("Expected outcomes – Energy")));
    QVERIFY(fields.contains(QStringLiteral("Expected outcomes – Basis")));
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
