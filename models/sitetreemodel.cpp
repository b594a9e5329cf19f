// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sitetreemodel.h"

#include "models/registry.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Enms {

using namespace Engine;

SiteTreeModel::SiteTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

Status SiteTreeModel::reload(const Registry &registry)
{
    std::vector<SiteNode> nodes;
    Result<std::vector<SiteInfo>> sites = registry.sites();
    if (!sites) {
        clear();
        return sites.error();
    }

    for (SiteInfo &site : *sites) {
        Result<std::vector<SeuInfo>> seus = registry.seus(site.id);
        if (!seus) {
            clear();
            return seus.error();
        }
        nodes.push_back(SiteNode{std::move(site), std::move(*seus)});
    }

    beginResetModel();
    m_sites = std::move(nodes);
    endResetModel();
    return Done{};
}

void SiteTreeModel::clear()
{
    beginResetModel();
    m_sites.clear();
    endResetModel();
}

QModelIndex SiteTreeModel::seuIndex(const QString &nameOrId) const
{
    for (size_t siteRow = 0; siteRow < m_sites.size(); ++siteRow) {
        const std::vector<SeuInfo> &seus = m_sites[siteRow].seus;
        for (size_t row = 0; row < seus.size(); ++row) {
            if (seus[row].name == nameOrId || seus[row].id == nameOrId)
                return createIndex(int(row), NameColumn, quintptr(siteRow + 1));
        }
    }
    return {};
}

const SeuInfo *SiteTreeModel::seuAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    Q_ASSERT(checkIndex(index));
    return &m_sites[index.internalId() - 1].seus[size_t(index.row())];
}

const SiteInfo *SiteTreeModel::siteAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    Q_ASSERT(checkIndex(index));
    const size_t siteRow = index.internalId() == 0 ? size_t(index.row())
                                                   : size_t(index.internalId() - 1);
    return &m_sites[siteRow].site;
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SiteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, quintptr(0));
}

int SiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sites.size());
    if (parent.internalId() != 0 || parent.column() != NameColumn)
        return 0;   // SEUs have no children; only the first column has them
    return int(m_sites[size_t(parent.row())].seus.size());
}

int SiteTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SiteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    if (index.internalId() == 0)
        return siteData(m_sites[size_t(index.row())], index.column(), role);

    const SiteNode &node = m_sites[index.internalId() - 1];
    return seuData(node, node.seus[size_t(index.row())], index.column(), role);
}

QVariant SiteTreeModel::siteData(const SiteNode &node, int column, int role) const
{
    const SiteInfo &site = node.site;
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? QVariant(site.name) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nTime zone: %2\nCurrency: %3\n%n SEU(s)", nullptr, int(node.seus.size()))
            .arg(site.name, site.timeZoneId, site.currency);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case KindRole:
        return int(ItemKind::Site);
    case IdRole:
    case SiteIdRole:
        return site.id;
    case TimeZoneRole:
        return site.timeZoneId;
    default:
        return {};
    }
}

QVariant SiteTreeModel::seuData(const SiteNode &node, const SeuInfo &seu, int column,
                                int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return seu.name;
        if (column == CarrierColumn)
            return carrierName(seu.carrier);
        return tr("%1 kW").arg(QLocale().toString(seu.ratedKW, 'f', 0));
    case Qt::ToolTipRole:
        return seu.active ? seu.name : tr("%1 (inactive)").arg(seu.name);
    case Qt::TextAlignmentRole:
        if (column == RatedPowerColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!seu.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KindRole:
        return int(ItemKind::Seu);
    case IdRole:
        return seu.id;
    case SiteIdRole:
        return node.site.id;
    case TimeZoneRole:
        return node.site.timeZoneId;
    case CarrierRole:
        return carrierCode(seu.carrier);
    case RatedKWRole:
        return seu.ratedKW;
    case ActiveRole:
        return seu.active;
    default:
        return {};
    }
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site / SEU");
    case CarrierColumn:
        return tr("Carrier");
    case RatedPowerColumn:
        return tr("Rated power");
    default:
        return {};
    }
}

Qt::ItemFlags SiteTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index));
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> SiteTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(SiteIdRole, "siteId");
    names.insert(TimeZoneRole, "timeZone");
    names.insert(CarrierRole, "carrier");
    names.insert(RatedKWRole, "ratedKW");
    names.insert(ActiveRole, "active");
    return names;
}

QString SiteTreeModel::carrierName(EnergyCarrier carrier)
{
    switch (carrier) {
    case EnergyCarrier::Electricity:
        return tr("Electricity");
    case EnergyCarrier::NaturalGas:
        return tr("Natural gas");
    case EnergyCarrier::Steam:
        return tr("Steam");
    case EnergyCarrier::CompressedAir:
        return tr("Compressed air");
    }
    return carrierCode(carrier);
}

} // namespace Enms
