// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"

#include <QAbstractItemModel>

#include <vector>

namespace Enms {

class Registry;

// The register as a two-level tree: sites at the top, their SEUs below. The main
// window's site tree shows it, and selecting an SEU row is how the user picks the
// series to chart. The model holds a copy of the register taken by reload(); it does
// not watch the database, so whoever changes the register calls reload() afterwards.
//
// Index layout: a site row carries internal id 0, an SEU row carries its site's row
// + 1, so parent() needs no lookup and indexes survive nothing but a reload.
class SiteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTreeModel)

public:
    enum Column { NameColumn, CarrierColumn, RatedPowerColumn, ColumnCount };

    enum Role {
        KindRole = Qt::UserRole + 1,   // ItemKind as int
        IdRole,                        // UUID text of the site or SEU
        SiteIdRole,                    // the site's id, on site and SEU rows alike
        TimeZoneRole,                  // IANA zone of the (owning) site
        CarrierRole,                   // carrier code of an SEU ("electricity", ...)
        RatedKWRole,                   // double, SEU rows only
        ActiveRole,                    // bool, SEU rows only
    };
    Q_ENUM(Role)

    enum class ItemKind { Site = 1, Seu = 2 };
    Q_ENUM(ItemKind)

    explicit SiteTreeModel(QObject *parent = nullptr);

    // Replaces the tree with the register's current sites and SEUs (one model reset).
    // On an error the tree is left empty and the error returned.
    Engine::Status reload(const Registry &registry);
    void clear();

    // The SEU row (column 0) whose name or id is nameOrId; invalid when there is none.
    QModelIndex seuIndex(const QString &nameOrId) const;
    const Engine::SeuInfo *seuAt(const QModelIndex &index) const;
    const Engine::SiteInfo *siteAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString carrierName(Engine::EnergyCarrier carrier);

private:
    struct SiteNode {
        Engine::SiteInfo site;
        std::vector<Engine::SeuInfo> seus;
    };

    QVariant siteData(const SiteNode &node, int column, int role) const;
    QVariant seuData(const SiteNode &node, const Engine::SeuInfo &seu, int column,
                     int role) const;

    std::vector<SiteNode> m_sites;
};

} // namespace Enms
