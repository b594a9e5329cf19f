// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/planrepository.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace Enms {

// The revision history of one plan: every stored revision (who, when, status, what
// changed, in words worked out from the stored documents) and, for the selected one,
// each field that differs from the revision before, with what the user typed shown
// literally.
class PlanHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanHistoryView)

public:
    explicit PlanHistoryView(QWidget *parent = nullptr);

    // Shows these revisions, oldest first as the repository returns them; the newest is
    // selected.
    void setRevisions(std::vector<PlanRevision> revisions);
    void clear();

    QTableWidget *revisionTable() const { return m_revisions; }
    QTableWidget *changeTable() const { return m_changes; }

private:
    void showChanges();

    std::vector<PlanRevision> m_history;
    QTableWidget *m_revisions = nullptr;
    QTableWidget *m_changes = nullptr;
    QLabel *m_changesTitle = nullptr;
};

} // namespace Enms
