// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/greenbutton.h"

#include "engine/import/seriesassembler.h"
#include "engine/time/localcalendar.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>
#include <map>
#include <optional>

namespace Enms::Engine {

namespace {

// ESPI unit-of-measure codes (from IEC 61968-9) that interval data use for energy.
constexpr int kUomWattHour = 72;
constexpr int kUomWatt = 38;
constexpr int kMaxPowerOfTen = 9;

struct ReadingTypeInfo {
    int uom = kUomWattHour;
    int powerOfTen = 0;
};

struct IntervalReadingInfo {
    qint64 start = 0;
    qint64 duration = 0;
    qint64 value = 0;
    std::vector<int> qualities;
    qint64 line = 0;
    bool valid = true;
    QString problem;
};

// One Atom entry: its links and whatever ESPI resource its content held.
struct Entry {
    QString self;
    QString up;
    QStringList related;
    std::optional<ReadingTypeInfo> readingType;
    std::vector<IntervalReadingInfo> readings;
};

QString trimmedSlash(QString href)
{
    while (href.endsWith(QLatin1Char('/')))
        href.chop(1);
    return href;
}

// Reads an integer element's text; false for anything else.
bool readInteger(QXmlStreamReader &xml, qint64 *value)
{
    bool ok = false;
    *value = xml.readElementText().trimmed().toLongLong(&ok);
    return ok;
}

void readTimePeriod(QXmlStreamReader &xml, IntervalReadingInfo &reading)
{
    while (xml.readNextStartElement()) {
        qint64 number = 0;
        const bool isStart = xml.name() == QLatin1String("start");
        const bool isDuration = xml.name() == QLatin1String("duration");
        if (!isStart && !isDuration) {
            xml.skipCurrentElement();
            continue;
        }
        if (!readInteger(xml, &number)) {
            reading.valid = false;
            reading.problem = QStringLiteral("The time period holds a non-integer %1")
                                  .arg(isStart ? QStringLiteral("start")
                                               : QStringLiteral("duration"));
        }
        (isStart ? reading.start : reading.duration) = number;
    }
}

void readQuality(QXmlStreamReader &xml, IntervalReadingInfo &reading)
{
    while (xml.readNextStartElement()) {
        qint64 code = 0;
        if (xml.name() == QLatin1String("quality") && readInteger(xml, &code))
            reading.qualities.push_back(int(code));
        else if (xml.tokenType() == QXmlStreamReader::StartElement)
            xml.skipCurrentElement();
    }
}

IntervalReadingInfo readIntervalReading(QXmlStreamReader &xml)
{
    IntervalReadingInfo reading;
    reading.line = xml.lineNumber();
    bool hasValue = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("timePeriod")) {
            readTimePeriod(xml, reading);
        } else if (xml.name() == QLatin1String("ReadingQuality")) {
            readQuality(xml, reading);
        } else if (xml.name() == QLatin1String("value")) {
            hasValue = true;
            if (!readInteger(xml, &reading.value)) {
                reading.valid = false;
                reading.problem = QStringLiteral("The value is not an integer");
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!hasValue && reading.valid) {
        reading.valid = false;
        reading.problem = QStringLiteral("The interval reading has no value");
    }
    return reading;
}

void readIntervalBlock(QXmlStreamReader &xml, Entry &entry)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("IntervalReading"))
            entry.readings.push_back(readIntervalReading(xml));
        else
            xml.skipCurrentElement();
    }
}

ReadingTypeInfo readReadingType(QXmlStreamReader &xml)
{
    ReadingTypeInfo type;
    while (xml.readNextStartElement()) {
        qint64 number = 0;
        if (xml.name() == QLatin1String("uom") && readInteger(xml, &number))
            type.uom = int(number);
        else if (xml.name() == QLatin1String("powerOfTenMultiplier") && readInteger(xml, &number))
            type.powerOfTen = int(number);
        else if (xml.tokenType() == QXmlStreamReader::StartElement)
            xml.skipCurrentElement();
    }
    return type;
}

void readLink(QXmlStreamReader &xml, Entry &entry)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString rel = attributes.value(QLatin1String("rel")).toString();
    const QString href = trimmedSlash(attributes.value(QLatin1String("href")).toString());
    if (rel == QLatin1String("self"))
        entry.self = href;
    else if (rel == QLatin1String("up"))
        entry.up = href;
    else if (rel == QLatin1String("related"))
        entry.related.append(href);
}

// Every entry of the document; a bare ESPI resource outside a feed is one entry.
std::vector<Entry> readEntries(QXmlStreamReader &xml)
{
    std::vector<Entry> entries(1);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("entry")) {
            entries.emplace_back();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("link"))
            readLink(xml, entries.back());
        else if (name == QLatin1String("ReadingType"))
            entries.back().readingType = readReadingType(xml);
        else if (name == QLatin1String("IntervalBlock"))
            readIntervalBlock(xml, entries.back());
    }
    return entries;
}

// The reading type of a block's entry: through its MeterReading's "related" link when
// the feed links them, otherwise the only ReadingType of the document.
std::optional<ReadingTypeInfo> readingTypeFor(const Entry &block,
                                              const std::vector<Entry> &entries)
{
    std::map<QString, ReadingTypeInfo> typesByHref;
    std::vector<ReadingTypeInfo> allTypes;
    for (const Entry &entry : entries) {
        if (entry.readingType) {
            typesByHref[entry.self] = *entry.readingType;
            allTypes.push_back(*entry.readingType);
        }
    }

    const QString meterReading = block.up.section(QLatin1Char('/'), 0, -2);
    for (const Entry &entry : entries) {
        if (entry.self.isEmpty() || entry.self != meterReading)
            continue;
        for (const QString &href : entry.related) {
            if (typesByHref.count(href))
                return typesByHref[href];
        }
    }
    if (allTypes.size() == 1)
        return allTypes.front();
    return std::nullopt;
}

// The readings of the document grouped by the MeterReading their block belongs to.
std::map<QString, std::vector<const Entry *>> blocksByMeterReading(
    const std::vector<Entry> &entries)
{
    std::map<QString, std::vector<const Entry *>> groups;
    for (const Entry &entry : entries) {
        if (!entry.readings.empty())
            groups[entry.up.section(QLatin1Char('/'), 0, -2)].push_back(&entry);
    }
    return groups;
}

qint64 mostCommonDuration(const std::vector<const Entry *> &blocks)
{
    std::map<qint64, qint64> histogram;
    for (const Entry *block : blocks)
        for (const IntervalReadingInfo &reading : block->readings)
            if (reading.valid)
                ++histogram[reading.duration];
    qint64 best = 0, bestCount = 0;
    for (const auto &[duration, count] : histogram)
        if (count > bestCount)
            best = duration, bestCount = count;
    return best;
}

void noteQualities(const std::map<int, int> &qualities, ImportReport &report)
{
    for (const auto &[code, count] : qualities) {
        report.notes.push_back(QStringLiteral("%1 reading(s) carry ReadingQuality code %2")
                                   .arg(count)
                                   .arg(code));
    }
}

void fillTable(const std::vector<const Entry *> &blocks, const ReadingTypeInfo &type,
               qint64 duration, ImportReport &report, RawTable &table)
{
    const double scale = std::pow(10.0, type.powerOfTen);
    std::map<int, int> qualities;
    for (const Entry *block : blocks) {
        for (const IntervalReadingInfo &reading : block->readings) {
            if (!reading.valid) {
                addRejectedLine(&report, reading.line, RejectReason::NotANumber,
                                reading.problem);
                continue;
            }
            if (reading.duration != duration) {
                addRejectedLine(&report, reading.line, RejectReason::OffGrid,
                                QStringLiteral("Duration %1 s differs from the file's %2 s")
                                    .arg(reading.duration)
                                    .arg(duration));
                continue;
            }
            for (const int code : reading.qualities)
                ++qualities[code];
            table.stamps.push_back(reading.start);
            table.lines.push_back(reading.line);
            table.values.push_back(double(reading.value) * scale);
        }
    }
    noteQualities(qualities, report);
}

bool checkReadingType(const std::optional<ReadingTypeInfo> &type, ImportReport &report)
{
    if (!type) {
        rejectFile(&report, QStringLiteral("The interval blocks cannot be linked to one "
                                           "ReadingType, so their unit is unknown"));
        return false;
    }
    if (type->uom != kUomWattHour && type->uom != kUomWatt) {
        rejectFile(&report, QStringLiteral("Unit of measure code %1 is not supported "
                                           "(72 = Wh and 38 = W are)")
                                .arg(type->uom));
        return false;
    }
    if (std::abs(type->powerOfTen) > kMaxPowerOfTen) {
        rejectFile(&report, QStringLiteral("powerOfTenMultiplier %1 is out of range")
                                .arg(type->powerOfTen));
        return false;
    }
    return true;
}

} // namespace

ImportResult importGreenButton(const QByteArray &bytes, const GreenButtonOptions &options)
{
    ImportResult result;
    result.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    ImportReport &report = result.report;
    report.format = QStringLiteral("greenbutton");
    report.timeZoneId = options.timeZoneId;
    report.timestampFormat = QStringLiteral("unix seconds");

    QXmlStreamReader xml(bytes);
    const std::vector<Entry> entries = readEntries(xml);
    if (xml.hasError()) {
        rejectFile(&report, QStringLiteral("The XML is not well formed at line %1: %2")
                                .arg(xml.lineNumber())
                                .arg(xml.errorString()));
        decideStatus(&report);
        return result;
    }

    const auto groups = blocksByMeterReading(entries);
    if (groups.size() != 1) {
        rejectFile(&report, groups.empty()
                                ? QStringLiteral("The document holds no interval readings")
                                : QStringLiteral("The document holds %1 meter readings; "
                                                 "import them one at a time")
                                      .arg(groups.size()));
        decideStatus(&report);
        return result;
    }
    const std::vector<const Entry *> &blocks = groups.begin()->second;
    const std::optional<ReadingTypeInfo> type = readingTypeFor(*blocks.front(), entries);
    if (!checkReadingType(type, report)) {
        decideStatus(&report);
        return result;
    }

    RawTable table;
    const ImportUnit unit = type->uom == kUomWatt ? ImportUnit::Watt : ImportUnit::WattHour;
    table.specs.push_back({options.targetId, unit, false, options.ratedKW});
    const qint64 duration = mostCommonDuration(blocks);
    fillTable(blocks, *type, duration, report, table);

    std::optional<LocalCalendar> calendar;
    if (!options.timeZoneId.isEmpty())
        calendar.emplace(QTimeZone(options.timeZoneId.toUtf8()));
    AssemblyOptions assembly;
    assembly.intervalSeconds = duration > 0 && duration <= kSecondsPerDay ? int(duration) : 0;
    assembly.calendar = calendar && calendar->isValid() ? &*calendar : nullptr;
    assembleSeries(table, assembly, &result);
    return result;
}

} // namespace Enms::Engine
