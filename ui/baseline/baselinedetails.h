// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <map>

class QTableView;
class QTextBrowser;

namespace Enms {

class CoefficientTableModel;
struct Baseline;

// One baseline as an auditor reads it: status and who accepted it when, reference
// period, the model as a formula with units, rule set and verdict in words, the fit
// statistics and the coefficient table. The baseline tab shows the accepted or the
// selected baseline in it, the fit dialog the model a fit chose; without a baseline it
// shows a sentence instead. The text is one read-only document, so it wraps to any
// width and can be selected and copied as a whole.
class BaselineDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineDetails)

public:
    // The figures shown, each as its plain text (for tests and copying).
    enum class Field {
        Heading, Status, Period, PeriodLength, Formula, Legend, RuleSet, Verdict, Checks,
        N, RSquared, AdjRSquared, CvRmse, Nmbe, F, FP, Lag1
    };

    explicit BaselineDetails(QWidget *parent = nullptr);
    ~BaselineDetails() override;

    // heading: "Accepted baseline: …", "Chosen model (not stored yet)", ...
    void showBaseline(const Baseline &baseline, const QString &heading);
    void showMessage(const QString &message);

    bool hasBaseline() const { return m_hasBaseline; }
    QString shownText(Field field) const;
    QString message() const { return m_hasBaseline ? QString() : m_message; }
    QTextBrowser *textView() const { return m_text; }
    CoefficientTableModel *coefficientModel() const { return m_coefficients; }
    QTableView *coefficientView() const { return m_coefficientView; }

private:
    void collectTexts(const Baseline &baseline, const QString &heading);
    QString html(const Baseline &baseline) const;
    QString formRows() const;
    QString statisticsTable() const;
    void fitTableHeight();
    void fitTextHeight();

    std::map<Field, QString> m_texts;
    QString m_message;
    QTextBrowser *m_text = nullptr;
    CoefficientTableModel *m_coefficients = nullptr;
    QTableView *m_coefficientView = nullptr;
    bool m_hasBaseline = false;
};

} // namespace Enms
