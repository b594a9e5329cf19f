// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/baseline/baselinedetails.h"

#include "models/baseline/baselinetext.h"
#include "models/baseline/coefficienttablemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QHeaderView>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

const QString kValidColour = QStringLiteral("#1b5e20");
const QString kInvalidColour = QStringLiteral("#b71c1c");
// Secondary text (legend, checks, rule thresholds): a mid grey that reads on light and
// dark backgrounds alike.
const QString kSecondaryColour = QStringLiteral("#6b6b6b");
constexpr int kStatisticPairs = 4;       // label/value pairs per row of the statistics
constexpr int kRowPadding = 8;           // pixels above and below a table row's text

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString checkLines(const Verdict &verdict)
{
    QStringList lines;
    for (const RuleCheck &check : verdict.checks)
        lines << (check.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                     + BaselineText::checkText(check);
    for (const QString &note : verdict.notes)
        lines << QStringLiteral("• ") + BaselineText::noteText(note);
    return lines.join(QLatin1Char('\n'));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px; white-space:nowrap'>%1</td>"
                          "<td>%2</td></tr>").arg(label.toHtmlEscaped(), valueHtml);
}

QString greyed(const QString &text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(kSecondaryColour,
                                                                   escaped(text));
}

} // namespace

BaselineDetails::BaselineDetails(QWidget *parent)
    : QWidget(parent)
    , m_coefficients(new CoefficientTableModel(this))
{
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("baselineText"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->setAutoFillBackground(false);

    m_coefficientView = new QTableView(this);
    m_coefficientView->setObjectName(QStringLiteral("coefficientTable"));
    m_coefficientView->setModel(m_coefficients);
    m_coefficientView->verticalHeader()->hide();
    m_coefficientView->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_coefficientView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coefficientView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                               + kRowPadding);
    QHeaderView *header = m_coefficientView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CoefficientTableModel::TermColumn, QHeaderView::Stretch);

    // The text takes the height its document needs and scrolls only when the widget
    // is shorter; the table follows right below it.
    connect(m_text->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &BaselineDetails::fitTextHeight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_coefficientView);
    layout->addStretch(0);
    showMessage({});
}

void BaselineDetails::fitTextHeight()
{
    const int documentHeight = int(std::ceil(m_text->document()->size().height()));
    m_text->setMaximumHeight(documentHeight + 2 * m_text->frameWidth() + 4);
}

BaselineDetails::~BaselineDetails() = default;

void BaselineDetails::collectTexts(const Baseline &baseline, const QString &heading)
{
    const OlsFit &fit = baseline.fit;
    const QString created = BaselineText::creationText(baseline);
    m_texts = {
        {Field::Heading, heading},
        {Field::Status, baseline.id.isEmpty()
                            ? created
                            : BaselineText::acceptanceText(baseline) + QLatin1Char('\n')
                                  + created},
        {Field::Period, BaselineText::referencePeriod(baseline.periodFrom, baseline.periodTo)},
        {Field::PeriodLength, BaselineText::periodLengthName(baseline.periodLength)},
        {Field::Formula, BaselineText::formula(baseline)},
        {Field::Legend, BaselineText::formulaLegend(baseline)},
        {Field::RuleSet, BaselineText::ruleSetName(baseline.verdict.ruleSet)},
        {Field::Verdict, BaselineText::verdictText(baseline)},
        {Field::Checks, checkLines(baseline.verdict)},
        {Field::N, BaselineText::number(fit.n, 0)},
        {Field::RSquared, BaselineText::number(fit.rSquared, 4)},
        {Field::AdjRSquared, BaselineText::number(fit.adjRSquared, 4)},
        {Field::CvRmse, BaselineText::percent(fit.cvRmse)},
        {Field::Nmbe, BaselineText::percent(fit.nmbe, 3)},
        {Field::F, BaselineText::significant(fit.f)},
        {Field::FP, BaselineText::pValue(fit.fP)},
        {Field::Lag1, BaselineText::number(fit.lag1Autocorrelation, 3)},
    };
}

QString BaselineDetails::formRows() const
{
    const auto text = [this](Field field) { return escaped(m_texts.at(field)); };
    const QString formula = QStringLiteral("<span style='font-size:large'>%1</span><br>%2")
                                .arg(text(Field::Formula), greyed(m_texts.at(Field::Legend)));
    return row(tr("Status:"), text(Field::Status))
           + row(tr("Reference period:"), text(Field::Period))
           + row(tr("Period length:"), text(Field::PeriodLength))
           + row(tr("Model:"), formula);
}

QString BaselineDetails::statisticsTable() const
{
    const std::pair<Field, QString> figures[] = {
        {Field::N, tr("n (data points)")},   {Field::RSquared, tr("R²")},
        {Field::AdjRSquared, tr("Adjusted R²")}, {Field::CvRmse, tr("CV(RMSE)")},
        {Field::Nmbe, tr("NMBE")},           {Field::F, tr("F")},
        {Field::FP, tr("p of F")},           {Field::Lag1, tr("Lag-1 autocorrelation")},
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr>");
    int index = 0;
    for (const auto &[field, label] : figures) {
        if (index > 0 && index % kStatisticPairs == 0)
            html += QStringLiteral("</tr><tr>");
        html += QStringLiteral("<td>%1:</td><td style='padding-right:18px'><b>%2</b></td>")
                    .arg(label.toHtmlEscaped(), escaped(m_texts.at(field)));
        ++index;
    }
    return html + QStringLiteral("</tr></table>");
}

QString BaselineDetails::html(const Baseline &baseline) const
{
    const QString colour = baseline.verdict.valid ? kValidColour : kInvalidColour;
    const QString verdict = QStringLiteral("<span style='color:%1'><b>%2</b></span><br>%3")
                                .arg(colour, escaped(m_texts.at(Field::Verdict)),
                                     greyed(m_texts.at(Field::Checks)));
    const QString rules = QStringLiteral("%1<br>%2").arg(
        escaped(m_texts.at(Field::RuleSet)),
        greyed(BaselineText::ruleSetDetails(baseline.verdict.ruleSet)));
    return QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>%2%3%4</table>"
                          "%5<p style='margin-top:8px'><b>%6</b></p>")
        .arg(escaped(m_texts.at(Field::Heading)), formRows(), row(tr("Rule set:"), rules),
             row(tr("Verdict:"), verdict), statisticsTable(),
             tr("Coefficients").toHtmlEscaped());
}

void BaselineDetails::showBaseline(const Baseline &baseline, const QString &heading)
{
    collectTexts(baseline, heading);
    m_message.clear();
    m_hasBaseline = true;
    m_text->setHtml(html(baseline));
    m_coefficients->setBaseline(baseline);
    fitTableHeight();
    m_coefficientView->show();
}

// The table shows all of its few rows; the text above scrolls instead.
void BaselineDetails::fitTableHeight()
{
    const int rows = m_coefficients->rowCount();
    const int height = m_coefficientView->horizontalHeader()->sizeHint().height()
                       + rows * m_coefficientView->verticalHeader()->defaultSectionSize()
                       + 2 * m_coefficientView->frameWidth();
    m_coefficientView->setFixedHeight(height + 2);
}

void BaselineDetails::showMessage(const QString &message)
{
    m_hasBaseline = false;
    m_texts.clear();
    m_message = message;
    m_coefficients->clear();
    m_coefficientView->hide();
    m_text->setHtml(QStringLiteral("<p style='font-size:large'>%1</p>").arg(escaped(message)));
}

QString BaselineDetails::shownText(Field field) const
{
    const auto found = m_texts.find(field);
    return found == m_texts.end() ? QString() : found->second;
}

} // namespace Enms
