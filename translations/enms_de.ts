<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPlanText</name>
    <message>
        <source>%1 spends long periods switched on while doing little useful work; running idle draws energy without adding output.</source>
        <translation>%1 ist über lange Zeiträume eingeschaltet, leistet dabei aber kaum Nutzarbeit; im Leerlauf verbraucht die Anlage Energie, ohne zur Produktion beizutragen.</translation>
    </message>
    <message>
        <source>It is left running between batches and during breaks.</source>
        <translation>Die Anlage läuft zwischen Chargen und in Pausen weiter.</translation>
    </message>
    <message>
        <source>Nothing shuts it down automatically when demand stops.</source>
        <translation>Es gibt keine automatische Abschaltung, wenn kein Bedarf mehr besteht.</translation>
    </message>
    <message>
        <source>It is operated by hand and nobody can see when it idles.</source>
        <translation>Die Anlage wird manuell bedient, und niemand erkennt, wann sie im Leerlauf läuft.</translation>
    </message>
    <message>
        <source>Add idle detection from power or status signals</source>
        <translation>Leerlauferkennung über Leistungs- oder Statussignale einrichten</translation>
    </message>
    <message>
        <source>Maintenance Team</source>
        <translation>Instandhaltungsteam</translation>
    </message>
    <message>
        <source>PLC programming, current or status sensors</source>
        <translation>SPS-Programmierung, Strom- oder Statussensoren</translation>
    </message>
    <message>
        <source>Switch off automatically after 15 minutes of idle running</source>
        <translation>Nach 15 Minuten Leerlauf automatisch abschalten</translation>
    </message>
    <message>
        <source>Operations Team</source>
        <translation>Betriebsteam</translation>
    </message>
    <message>
        <source>Control logic change, updated procedure</source>
        <translation>Änderung der Steuerungslogik, aktualisierte Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Train operators to switch off during breaks and changeovers</source>
        <translation>Bedienpersonal schulen, in Pausen und bei Umrüstungen abzuschalten</translation>
    </message>
    <message>
        <source>Training Coordinator</source>
        <translation>Schulungskoordination</translation>
    </message>
    <message>
        <source>Training session, one-page instruction</source>
        <translation>Schulung, einseitige Kurzanleitung</translation>
    </message>
    <message>
        <source>Weekly share of time below 10 % of rated power</source>
        <translation>Wöchentlicher Zeitanteil unter 10 % der Nennleistung</translation>
    </message>
    <message>
        <source>Energy used while idle, per week</source>
        <translation>Energieverbrauch im Leerlauf pro Woche</translation>
    </message>
    <message>
        <source>Number of automatic shutdowns and restarts</source>
        <translation>Anzahl automatischer Abschaltungen und Wiederanläufe</translation>
    </message>
    <message>
        <source>Production delays reported after shutdowns</source>
        <translation>Gemeldete Produktionsverzögerungen nach Abschaltungen</translation>
    </message>
    <message>
        <source>Energy per unit produced, per month</source>
        <translation>Energieverbrauch pro produzierter Einheit, monatlich</translation>
    </message>
    <message>
        <source>Idle detection and automatic shutdown are in service and logged, and the operators of every shift have been trained.</source>
        <translation>Leerlauferkennung und automatische Abschaltung sind in Betrieb und werden protokolliert, und das Bedienpersonal aller Schichten ist geschult.</translation>
    </message>
    <message>
        <source>%1 uses a large share of its energy outside working hours, when production does not need it.</source>
        <translation>%1 verbraucht einen großen Teil der Energie außerhalb der Arbeitszeit, wenn die Produktion sie nicht benötigt.</translation>
    </message>
    <message>
        <source>No time schedule controls when it runs.</source>
        <translation>Kein Zeitplan legt fest, wann die Anlage läuft.</translation>
    </message>
    <message>
        <source>It runs around the clock out of habit or for convenience.</source>
        <translation>Die Anlage läuft aus Gewohnheit oder Bequemlichkeit rund um die Uhr.</translation>
    </message>
    <message>
        <source>Setpoints are not set back at night and at weekends.</source>
        <translation>Die Sollwerte werden nachts und am Wochenende nicht abgesenkt.</translation>
    </message>
    <message>
        <source>Program a setback schedule for 20:00 to 06:00</source>
        <translation>Absenkbetrieb von 20:00 bis 06:00 programmieren</translation>
    </message>
    <message>
        <source>Controls Engineer</source>
        <translation>Automatisierungstechnik</translation>
    </message>
    <message>
        <source>Access to the control system</source>
        <translation>Zugang zum Steuerungssystem</translation>
    </message>
    <message>
        <source>Shut down at weekends unless production is planned</source>
        <translation>Am Wochenende abschalten, sofern keine Produktion geplant ist</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <source>Production calendar, shutdown checklist</source>
        <translation>Produktionskalender, Checkliste für die Abschaltung</translation>
    </message>
    <message>
        <source>Install occupancy or demand sensors so it runs only when needed</source>
        <translation>Präsenz- oder Bedarfssensoren installieren, damit die Anlage nur bei Bedarf läuft</translation>
    </message>
    <message>
        <source>Facilities Team</source>
        <translation>Facility-Management</translation>
    </message>
    <message>
        <source>Sensors, wiring, control integration</source>
        <translation>Sensoren, Verkabelung, Einbindung in die Steuerung</translation>
    </message>
    <message>
        <source>Share of weekly energy used outside working hours</source>
        <translation>Anteil des wöchentlichen Energieverbrauchs außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Off-hours energy in kWh per week</source>
        <translation>Energieverbrauch außerhalb der Arbeitszeit in kWh pro Woche</translation>
    </message>
    <message>
        <source>Base load at night and at weekends</source>
        <translation>Grundlast nachts und am Wochenende</translation>
    </message>
    <message>
        <source>Schedule overrides and who made them</source>
        <translation>Übersteuerungen des Zeitplans und wer sie vorgenommen hat</translation>
    </message>
    <message>
        <source>Start-up times and their effect on production</source>
        <translation>Anlaufzeiten und ihre Auswirkung auf die Produktion</translation>
    </message>
    <message>
        <source>The schedules and the weekend shutdown are active in the control system, overrides are logged, and the sensors are installed and commissioned.</source>
        <translation>Die Zeitpläne und die Wochenendabschaltung sind im Steuerungssystem aktiv, Übersteuerungen werden protokolliert, und die Sensoren sind installiert und in Betrieb genommen.</translation>
    </message>
    <message>
        <source>The daily energy of %1 has crept up compared with earlier weeks without a matching change in how it is used.</source>
        <translation>Der tägliche Energieverbrauch von %1 ist gegenüber früheren Wochen schleichend gestiegen, ohne dass sich die Nutzung entsprechend geändert hat.</translation>
    </message>
    <message>
        <source>Wear of moving parts such as bearings, belts and seals.</source>
        <translation>Verschleiß beweglicher Teile wie Lager, Riemen und Dichtungen.</translation>
    </message>
    <message>
        <source>Sensors that have drifted out of calibration.</source>
        <translation>Sensoren, deren Kalibrierung abgedriftet ist.</translation>
    </message>
    <message>
        <source>Fouled heat-exchange surfaces or leaks in the distribution.</source>
        <translation>Verschmutzte Wärmeübertragerflächen oder Leckagen im Verteilnetz.</translation>
    </message>
    <message>
        <source>Control settings that have drifted from their design values.</source>
        <translation>Regelungseinstellungen, die von ihren Auslegungswerten abgewichen sind.</translation>
    </message>
    <message>
        <source>Carry out a maintenance inspection</source>
        <translation>Wartungsinspektion durchführen</translation>
    </message>
    <message>
        <source>Inspection checklist, maintenance records</source>
        <translation>Inspektionscheckliste, Wartungsunterlagen</translation>
    </message>
    <message>
        <source>Calibrate sensors and controllers</source>
        <translation>Sensoren und Regler kalibrieren</translation>
    </message>
    <message>
        <source>Instrumentation Technician</source>
        <translation>MSR-Technik</translation>
    </message>
    <message>
        <source>Reference instruments</source>
        <translation>Referenzmessgeräte</translation>
    </message>
    <message>
        <source>Replace worn parts found in the inspection</source>
        <translation>Bei der Inspektion festgestellte Verschleißteile ersetzen</translation>
    </message>
    <message>
        <source>Spare parts, planned downtime</source>
        <translation>Ersatzteile, geplante Stillstandszeit</translation>
    </message>
    <message>
        <source>Mean daily energy per week against the weeks before the drift</source>
        <translation>Mittlerer täglicher Energieverbrauch pro Woche im Vergleich zu den Wochen vor der Drift</translation>
    </message>
    <message>
        <source>Energy per unit of output, where output is metered</source>
        <translation>Energieverbrauch pro Produktionseinheit, sofern die Produktionsmenge erfasst wird</translation>
    </message>
    <message>
        <source>Calibration results and dates</source>
        <translation>Kalibrierergebnisse und -termine</translation>
    </message>
    <message>
        <source>Findings and repairs from the inspection</source>
        <translation>Befunde und Reparaturen aus der Inspektion</translation>
    </message>
    <message>
        <source>Cumulative sum of daily energy minus baseline</source>
        <translation>Kumulierte Summe aus täglichem Energieverbrauch minus Baseline (CUSUM)</translation>
    </message>
    <message>
        <source>The inspection report, calibration records and repair orders are filed and every finding is closed.</source>
        <translation>Inspektionsbericht, Kalibrierprotokolle und Reparaturaufträge sind abgelegt, und alle Befunde sind abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 runs at setpoints that ask for more than the process needs, so it uses more energy than necessary.</source>
        <translation>%1 läuft mit Sollwerten, die mehr verlangen, als der Prozess benötigt, und verbraucht daher mehr Energie als nötig.</translation>
    </message>
    <message>
        <source>Setpoints were chosen for design conditions and never revisited.</source>
        <translation>Die Sollwerte wurden für Auslegungsbedingungen gewählt und nie überprüft.</translation>
    </message>
    <message>
        <source>Setpoints are not adjusted to the season.</source>
        <translation>Die Sollwerte werden nicht an die Jahreszeit angepasst.</translation>
    </message>
    <message>
        <source>Wide deadbands let the equipment overshoot.</source>
        <translation>Große Totzonen führen dazu, dass die Anlage überschwingt.</translation>
    </message>
    <message>
        <source>Set setpoints to what the process really needs</source>
        <translation>Sollwerte auf den tatsächlichen Prozessbedarf einstellen</translation>
    </message>
    <message>
        <source>Process Engineer</source>
        <translation>Verfahrenstechnik</translation>
    </message>
    <message>
        <source>Process data, a trial period</source>
        <translation>Prozessdaten, eine Testphase</translation>
    </message>
    <message>
        <source>Introduce a seasonal setpoint schedule</source>
        <translation>Saisonalen Sollwertplan einführen</translation>
    </message>
    <message>
        <source>Control system programming</source>
        <translation>Programmierung des Steuerungssystems</translation>
    </message>
    <message>
        <source>Narrow the control deadbands</source>
        <translation>Totzonen der Regelung verkleinern</translation>
    </message>
    <message>
        <source>Controller tuning time</source>
        <translation>Zeit für die Regleroptimierung</translation>
    </message>
    <message>
        <source>Daily energy against the baseline</source>
        <translation>Täglicher Energieverbrauch im Vergleich zur Baseline</translation>
    </message>
    <message>
        <source>Product quality and complaints after each change</source>
        <translation>Produktqualität und Reklamationen nach jeder Änderung</translation>
    </message>
    <message>
        <source>Setpoint changes and who made them</source>
        <translation>Sollwertänderungen und wer sie vorgenommen hat</translation>
    </message>
    <message>
        <source>How often the equipment cycles on and off</source>
        <translation>Wie häufig die Anlage ein- und ausschaltet</translation>
    </message>
    <message>
        <source>The new setpoints, the seasonal schedule and the deadbands are documented and set in the control system, and product quality is confirmed unchanged.</source>
        <translation>Die neuen Sollwerte, der saisonale Sollwertplan und die Totzonen sind dokumentiert und im Steuerungssystem eingestellt, und die unveränderte Produktqualität ist bestätigt.</translation>
    </message>
    <message>
        <source>%1 shows signs of %2 and uses more energy than it should.</source>
        <translation>%1 zeigt Anzeichen für %2 und verbraucht mehr Energie als nötig.</translation>
    </message>
    <message>
        <source>The cause has not yet been analysed in detail.</source>
        <translation>Die Ursache wurde noch nicht im Detail analysiert.</translation>
    </message>
    <message>
        <source>Operating practice or maintenance may have let the problem grow.</source>
        <translation>Betriebsweise oder Instandhaltung haben möglicherweise zugelassen, dass sich das Problem verschärft.</translation>
    </message>
    <message>
        <source>Monitoring did not reveal the problem earlier.</source>
        <translation>Die Überwachung hat das Problem nicht früher aufgedeckt.</translation>
    </message>
    <message>
        <source>Investigate the extent and the cause of the problem</source>
        <translation>Ausmaß und Ursache des Problems untersuchen</translation>
    </message>
    <message>
        <source>Energy Manager</source>
        <translation>Energiemanagement</translation>
    </message>
    <message>
        <source>Meter data, a site walk-through</source>
        <translation>Zählerdaten, Begehung vor Ort</translation>
    </message>
    <message>
        <source>Carry out the corrective measure agreed from the investigation</source>
        <translation>Die auf Basis der Untersuchung vereinbarte Korrekturmaßnahme umsetzen</translation>
    </message>
    <message>
        <source>Budget, materials, planned downtime</source>
        <translation>Budget, Material, geplante Stillstandszeit</translation>
    </message>
    <message>
        <source>Update the operating and maintenance procedures</source>
        <translation>Betriebs- und Instandhaltungsanweisungen aktualisieren</translation>
    </message>
    <message>
        <source>Procedure documents</source>
        <translation>Verfahrensanweisungen</translation>
    </message>
    <message>
        <source>Progress of each action against its timeline</source>
        <translation>Fortschritt jeder Maßnahme gegenüber ihrem Zeitplan</translation>
    </message>
    <message>
        <source>Whether the problem comes back</source>
        <translation>Ob das Problem erneut auftritt</translation>
    </message>
    <message>
        <source>Monthly energy cost of the SEU</source>
        <translation>Monatliche Energiekosten der SEU</translation>
    </message>
    <message>
        <source>Every action is completed and signed off by the person responsible, with its records filed.</source>
        <translation>Jede Maßnahme ist abgeschlossen und von der verantwortlichen Person abgezeichnet, und die zugehörigen Nachweise sind abgelegt.</translation>
    </message>
    <message>
        <source>Compare the energy of %1 in the %2 days after the actions are completed with its baseline: the accepted baseline model where there is one, otherwise the same weekdays before the plan. The improvement counts as verified when the saving reaches at least half of the expected %3 kWh (%4) per %2 days.</source>
        <translation>Den Energieverbrauch von %1 in den %2 Tagen nach Abschluss der Maßnahmen mit der Baseline vergleichen: mit dem freigegebenen Baseline-Modell, sofern vorhanden, andernfalls mit denselben Wochentagen vor dem Plan. Die Verbesserung gilt als verifiziert, wenn die Einsparung mindestens die Hälfte der erwarteten %3 kWh (%4) pro %2 Tage erreicht.</translation>
    </message>
    <message>
        <source>Expected outcomes are the measured saving of the current opportunity over %1 days, priced at the site&apos;s tariff.</source>
        <translation>Die erwarteten Ergebnisse entsprechen der gemessenen Einsparung des aktuellen Einsparpotenzials über %1 Tage, bewertet zum Tarif des Standorts.</translation>
    </message>
    <message>
        <source>Expected outcomes are an estimate: %1 % of the %2 kWh used in the last %3 days. Replace it with a measured saving when one is available.</source>
        <translation>Die erwarteten Ergebnisse sind eine Schätzung: %1 % der in den letzten %3 Tagen verbrauchten %2 kWh. Ersetzen Sie sie durch eine gemessene Einsparung, sobald diese vorliegt.</translation>
    </message>
</context>
<context>
    <name>Enms::ConsumptionChart</name>
    <message>
        <source>Select an SEU in the tree to see its consumption.</source>
        <translation>Wählen Sie im Baum eine SEU aus, um ihren Verbrauch zu sehen.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Intervals</source>
        <translation>&amp;Intervalle</translation>
    </message>
    <message>
        <source>Energy of each metering interval</source>
        <translation>Energie jedes Messintervalls</translation>
    </message>
    <message>
        <source>&amp;Daily totals</source>
        <translation>&amp;Tagessummen</translation>
    </message>
    <message>
        <source>Energy of each day on the site&apos;s calendar</source>
        <translation>Energie jedes Tages nach dem Kalender des Standorts</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole series</source>
        <translation>Die ganze Reihe zeigen</translation>
    </message>
    <message>
        <source>No readings are stored for %1.</source>
        <translation>Für %1 sind keine Messwerte gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (Ortszeit %2)</translation>
    </message>
    <message numerus="yes">
        <source>Energy per %n min (kWh)</source>
        <translation>
            <numerusform>Energie je %n min (kWh)</numerusform>
            <numerusform>Energie je %n min (kWh)</numerusform>
        </translation>
    </message>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>Energie je Tag (kWh)</translation>
    </message>
</context>
<context>
    <name>Enms::MainWindow</name>
    <message>
        <source>%1: no readings stored</source>
        <translation>%1: keine Messwerte gespeichert</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4 % covered, %5 h missing</source>
        <extracomment>SEU name, first and last local date, covered share in percent, missing hours</extracomment>
        <translation>%1: %2 – %3, %4 % abgedeckt, %5 h fehlen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EnMS Workbench</source>
        <translation>Ü&amp;ber EnMS Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Select an SEU in the tree to see its consumption.</source>
        <translation>Wählen Sie im Baum eine SEU aus, um ihren Verbrauch zu sehen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Andere öffnen …</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>EnMS databases (*.sqlite *.db);;All files (*)</source>
        <translation>EnMS-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>About EnMS Workbench</source>
        <translation>Über EnMS Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EnMS Workbench %1&lt;/h3&gt;&lt;p&gt;Energy management for ISO 50001: significant energy uses, their meter data, baselines and action plans.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EnMS Workbench %1&lt;/h3&gt;&lt;p&gt;Energiemanagement nach ISO 50001: wesentliche Energieeinsätze (SEU), ihre Messdaten, energetische Ausgangsbasen und Aktionspläne.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The readings of %1 could not be read.</source>
        <translation>Die Messwerte von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>%1 – EnMS Workbench</source>
        <translation>%1 – EnMS Workbench</translation>
    </message>
</context>
<context>
    <name>Enms::SiteTreeModel</name>
    <message numerus="yes">
        <source>%1
Time zone: %2
Currency: %3
%n SEU(s)</source>
        <translation>
            <numerusform>%1
Zeitzone: %2
Währung: %3
%n SEU</numerusform>
            <numerusform>%1
Zeitzone: %2
Währung: %3
%n SEUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Site / SEU</source>
        <translation>Standort / SEU</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Energieträger</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Nennleistung</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Erdgas</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Dampf</translation>
    </message>
    <message>
        <source>Compressed air</source>
        <translation>Druckluft</translation>
    </message>
</context>
<context>
    <name>PerformanceText</name>
    <message>
        <source>1 dollar</source>
        <translation>1 Dollar</translation>
    </message>
    <message>
        <source>%1 dollars</source>
        <translation>%1 Dollar</translation>
    </message>
    <message>
        <source>1 cent</source>
        <translation>1 Cent</translation>
    </message>
    <message>
        <source>%1 cents</source>
        <translation>%1 Cent</translation>
    </message>
    <message>
        <source>1 euro</source>
        <translation>1 Euro</translation>
    </message>
    <message>
        <source>%1 euros</source>
        <translation>%1 Euro</translation>
    </message>
    <message>
        <source>1 pound</source>
        <translation>1 Pfund</translation>
    </message>
    <message>
        <source>%1 pounds</source>
        <translation>%1 Pfund</translation>
    </message>
    <message>
        <source>1 penny</source>
        <translation>1 Penny</translation>
    </message>
    <message>
        <source>%1 pence</source>
        <translation>%1 Pence</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>money: whole units and cents</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>no working days</source>
        <translation>keine Arbeitstage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <comment>working days, start and end time</comment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>This is a projection: only %1 of the day&apos;s %2 hours have data, and the %3 kWh measured were scaled up to %4 kWh for the whole day.</source>
        <translation>Dies ist eine Hochrechnung: Nur für %1 der %2 Stunden des Tages liegen Daten vor; die gemessenen %3 kWh wurden auf %4 kWh für den ganzen Tag hochgerechnet.</translation>
    </message>
    <message>
        <source>Energy use was within %1 % of the baseline (%2 kWh), which is normal day-to-day variation.</source>
        <translation>Der Energieverbrauch wich um nicht mehr als %1 % von der Baseline ab (%2 kWh); das ist eine normale Schwankung von Tag zu Tag.</translation>
    </message>
    <message>
        <source>Energy use was %1 kWh (%2 %) above the baseline, an extra cost of %3.</source>
        <translation>Der Energieverbrauch lag %1 kWh (%2 %) über der Baseline; das verursachte Mehrkosten von %3.</translation>
    </message>
    <message>
        <source>Energy use was %1 kWh (%2 %) below the baseline, a saving of %3.</source>
        <translation>Der Energieverbrauch lag %1 kWh (%2 %) unter der Baseline; das entspricht einer Einsparung von %3.</translation>
    </message>
    <message>
        <source>The difference is small enough to be ordinary variation in load and running hours.</source>
        <translation>Die Abweichung ist so gering, dass sie im Rahmen der üblichen Schwankungen von Last und Laufzeit liegt.</translation>
    </message>
    <message>
        <source>More energy than usual points to a higher load, longer running hours, equipment left on, or a loss of efficiency.</source>
        <translation>Ein höherer Verbrauch als üblich deutet auf eine höhere Last, längere Laufzeiten, nicht abgeschaltete Anlagen oder einen Effizienzverlust hin.</translation>
    </message>
    <message>
        <source>Less energy than usual points to a lighter load, shorter running hours, downtime, or an improvement that is taking effect.</source>
        <translation>Ein geringerer Verbrauch als üblich deutet auf eine geringere Last, kürzere Laufzeiten, Stillstände oder eine bereits wirksame Verbesserung hin.</translation>
    </message>
    <message>
        <source>The day had %1 hours because the clocks changed for daylight saving time.</source>
        <translation>Der Tag hatte wegen der Umstellung zwischen Sommer- und Winterzeit %1 Stunden.</translation>
    </message>
    <message>
        <source>The baseline of %1 kWh is the expected energy of the accepted baseline model for this day.</source>
        <translation>Die Baseline von %1 kWh ist der vom freigegebenen Baseline-Modell für diesen Tag erwartete Energieverbrauch.</translation>
    </message>
    <message>
        <source>The baseline of %1 kWh is the mean of the %2 complete days (at least 22 hours of data) among the 30 days before.</source>
        <translation>Die Baseline von %1 kWh ist der Mittelwert der %2 vollständigen Tage (mindestens 22 Stunden mit Daten) innerhalb der 30 vorangegangenen Tage.</translation>
    </message>
    <message>
        <source>At %1 per kWh the deviation of %2 kWh is worth %3.</source>
        <translation>Bei %1 pro kWh entspricht die Abweichung von %2 kWh einem Betrag von %3.</translation>
    </message>
    <message>
        <source>%1 used as much energy as expected.</source>
        <translation>%1 hat so viel Energie verbraucht wie erwartet.</translation>
    </message>
    <message>
        <source>%1 used %2 percent more energy than expected.</source>
        <translation>%1 hat %2 Prozent mehr Energie verbraucht als erwartet.</translation>
    </message>
    <message>
        <source>%1 used %2 percent less energy than expected.</source>
        <translation>%1 hat %2 Prozent weniger Energie verbraucht als erwartet.</translation>
    </message>
    <message>
        <source>Projected from %1 hours of data, %2</source>
        <translation>Hochgerechnet aus %1 Stunden mit Daten: %2</translation>
    </message>
    <message>
        <source>Projected consumption was %1 kilowatt hours against a baseline of %2.</source>
        <translation>Der hochgerechnete Verbrauch betrug %1 Kilowattstunden gegenüber einer Baseline von %2.</translation>
    </message>
    <message>
        <source>Actual consumption was %1 kilowatt hours against a baseline of %2.</source>
        <translation>Der tatsächliche Verbrauch betrug %1 Kilowattstunden gegenüber einer Baseline von %2.</translation>
    </message>
    <message>
        <source>This cost an extra %1.</source>
        <translation>Das verursachte Mehrkosten von %1.</translation>
    </message>
    <message>
        <source>This saved %1.</source>
        <translation>Dadurch wurden %1 eingespart.</translation>
    </message>
    <message>
        <source>Inspect the equipment for efficiency losses and service it</source>
        <translation>Anlage auf Effizienzverluste prüfen und warten</translation>
    </message>
    <message>
        <source>Tighten the operating schedule so the equipment runs only when needed</source>
        <translation>Betriebszeiten straffen, sodass die Anlage nur bei Bedarf läuft</translation>
    </message>
    <message>
        <source>Review the operating parameters and setpoints</source>
        <translation>Betriebsparameter und Sollwerte überprüfen</translation>
    </message>
    <message>
        <source>Compare today&apos;s load profile with a normal day to find when the extra energy was drawn.</source>
        <translation>Lastprofil des analysierten Tages mit dem eines normalen Tages vergleichen, um festzustellen, wann der Mehrverbrauch entstand.</translation>
    </message>
    <message>
        <source>Check filters, belts, bearings, valves and heat-exchange surfaces for wear, fouling or leaks.</source>
        <translation>Filter, Riemen, Lager, Ventile und Wärmeübertragerflächen auf Verschleiß, Verschmutzung oder Leckagen prüfen.</translation>
    </message>
    <message>
        <source>Verify that sensors and controllers read correctly.</source>
        <translation>Sicherstellen, dass Sensoren und Regler korrekte Werte liefern.</translation>
    </message>
    <message>
        <source>Repair what was found and confirm the daily energy returns to the baseline.</source>
        <translation>Festgestellte Mängel beheben und bestätigen, dass der tägliche Energieverbrauch wieder auf das Niveau der Baseline zurückgeht.</translation>
    </message>
    <message>
        <source>List the hours in which the equipment ran without production need.</source>
        <translation>Die Stunden auflisten, in denen die Anlage ohne Produktionsbedarf lief.</translation>
    </message>
    <message>
        <source>Agree start and stop times with production and set them in the controls.</source>
        <translation>Start- und Stoppzeiten mit der Produktion abstimmen und in der Steuerung einstellen.</translation>
    </message>
    <message>
        <source>Switch off or set back during breaks, nights and weekends.</source>
        <translation>In Pausen, nachts und am Wochenende abschalten oder absenken.</translation>
    </message>
    <message>
        <source>Watch the next week&apos;s daily energy to confirm the saving.</source>
        <translation>Den täglichen Energieverbrauch der folgenden Woche beobachten, um die Einsparung zu bestätigen.</translation>
    </message>
    <message>
        <source>Check setpoints, pressures and temperatures against what the process needs.</source>
        <translation>Sollwerte, Drücke und Temperaturen mit dem tatsächlichen Prozessbedarf abgleichen.</translation>
    </message>
    <message>
        <source>Look for manual overrides or changed settings in the control system.</source>
        <translation>Im Steuerungssystem nach manuellen Übersteuerungen oder geänderten Einstellungen suchen.</translation>
    </message>
    <message>
        <source>Restore the agreed settings and note any change in production.</source>
        <translation>Die vereinbarten Einstellungen wiederherstellen und etwaige Änderungen in der Produktion dokumentieren.</translation>
    </message>
    <message>
        <source>Re-run the daily analysis after a few days to confirm the effect.</source>
        <translation>Die Tagesanalyse nach einigen Tagen erneut ausführen, um die Wirkung zu bestätigen.</translation>
    </message>
    <message>
        <source>excessive idle running</source>
        <translation>übermäßige Leerlaufzeiten</translation>
    </message>
    <message>
        <source>inefficient scheduling</source>
        <translation>ineffiziente Betriebszeitenplanung</translation>
    </message>
    <message>
        <source>drift from the energy baseline</source>
        <translation>Drift gegenüber der energetischen Ausgangsbasis</translation>
    </message>
    <message>
        <source>suboptimal setpoints</source>
        <translation>nicht optimale Sollwerte</translation>
    </message>
    <message>
        <source>compressed air leaks</source>
        <translation>Druckluftleckagen</translation>
    </message>
    <message>
        <source>high peak demand</source>
        <translation>hohe Lastspitzen</translation>
    </message>
    <message>
        <source>insulation losses</source>
        <translation>Wärmeverluste durch mangelhafte Dämmung</translation>
    </message>
    <message>
        <source>an equipment fault</source>
        <translation>eine Anlagenstörung</translation>
    </message>
    <message>
        <source>%1 ran below %2 % of its rated power for %3 % of the time with data.</source>
        <translation>%1 lief während %3 % der erfassten Zeit unter %2 % der Nennleistung.</translation>
    </message>
    <message>
        <source>%1 % of the energy of %2 was used outside working hours.</source>
        <translation>%1 % des Energieverbrauchs von %2 entfielen auf die Zeit außerhalb der Arbeitszeit.</translation>
    </message>
    <message>
        <source>%1 used %2 % more energy per day than its baseline model expects.</source>
        <translation>%1 verbrauchte pro Tag %2 % mehr Energie, als das Baseline-Modell erwartet.</translation>
    </message>
    <message>
        <source>The daily energy of %1 rose by %2 % within the period.</source>
        <translation>Der tägliche Energieverbrauch von %1 ist im Betrachtungszeitraum um %2 % gestiegen.</translation>
    </message>
    <message>
        <source>Detect idle running and switch the equipment off automatically after a short idle time; show operators when it idles.</source>
        <translation>Leerlauf erkennen und die Anlage nach kurzer Leerlaufzeit automatisch abschalten; dem Bedienpersonal anzeigen, wann sie im Leerlauf läuft.</translation>
    </message>
    <message>
        <source>Put the equipment on a time schedule that switches it off or sets it back outside working hours and at weekends.</source>
        <translation>Die Anlage über einen Zeitplan steuern, der sie außerhalb der Arbeitszeit und am Wochenende abschaltet oder absenkt.</translation>
    </message>
    <message>
        <source>Schedule a maintenance inspection: check for wear, fouling, leaks and sensor or control drift, and correct what is found.</source>
        <translation>Wartungsinspektion einplanen: auf Verschleiß, Verschmutzung, Leckagen sowie Sensor- oder Regelungsdrift prüfen und festgestellte Mängel beheben.</translation>
    </message>
    <message>
        <source>Investigate the cause and plan corrective actions.</source>
        <translation>Ursache untersuchen und Korrekturmaßnahmen planen.</translation>
    </message>
    <message>
        <source>Over %1 days with %2 hours of data, the mean power of %3 stayed below %4 kW (%5 % of its %6 kW rating) for %7 hours, an idle share of %8 %. In that time it used %9 kWh, a mean idle power of %10 kW.</source>
        <translation>In %1 Tagen mit %2 Stunden mit Daten lag die mittlere Leistung von %3 während %7 Stunden unter %4 kW (%5 % der Nennleistung von %6 kW); das entspricht einem Leerlaufanteil von %8 %. In dieser Zeit wurden %9 kWh verbraucht, bei einer mittleren Leerlaufleistung von %10 kW.</translation>
    </message>
    <message>
        <source>Of %1 kWh used over %2 days, %3 kWh (%4 %) fell outside the working hours of the site (%5, local time).</source>
        <translation>Von %1 kWh, die in %2 Tagen verbraucht wurden, entfielen %3 kWh (%4 %) auf die Zeit außerhalb der Arbeitszeit des Standorts (%5, Ortszeit).</translation>
    </message>
    <message>
        <source>%1 kWh per day from %2 to %3 (%4 complete days)</source>
        <translation>%1 kWh pro Tag vom %2 bis %3 (%4 vollständige Tage)</translation>
    </message>
    <message>
        <source>The SEU used %1, while its accepted baseline model expected %2 kWh per day for the same days: %3 %.</source>
        <translation>Die SEU verbrauchte %1, während ihr freigegebenes Baseline-Modell für dieselben Tage %2 kWh pro Tag erwartete: %3 %.</translation>
    </message>
    <message>
        <source>Comparing whole weeks (%1 days each) of the %2-day period, mean daily energy went from %3 to %4: %5 %.</source>
        <translation>Beim Vergleich ganzer Wochen (je %1 Tage) des %2-tägigen Zeitraums veränderte sich der mittlere tägliche Energieverbrauch von %3 auf %4: %5 %.</translation>
    </message>
    <message>
        <source>The estimated saving is %1 kWh (%2) over %3 days; at an assumed cost of %4 it pays back in %5 days.</source>
        <translation>Die geschätzte Einsparung beträgt %1 kWh (%2) in %3 Tagen; bei angenommenen Kosten von %4 amortisiert sich die Maßnahme in %5 Tagen.</translation>
    </message>
</context>
<context>
    <name>SiteTimeTicker</name>
    <message>
        <source>HH:mm
d MMM</source>
        <extracomment>Axis label of an hour tick: time, line break, date. Qt date format.</extracomment>
        <translation>HH:mm
d. MMM</translation>
    </message>
    <message>
        <source>d MMM
yyyy</source>
        <extracomment>Axis label of a day tick: date, line break, year. Qt date format.</extracomment>
        <translation>d. MMM
yyyy</translation>
    </message>
    <message>
        <source>MMM
yyyy</source>
        <extracomment>Axis label of a month tick. Qt date format.</extracomment>
        <translation>MMM
yyyy</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Energy management workbench for ISO 50001.</source>
        <translation>Energiemanagement-Werkbank für ISO 50001.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (a file, or a postgresql:// address).</source>
        <translation>Die Datenbank unter &lt;Pfad&gt; öffnen (eine Datei oder eine postgresql://-Adresse).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Show the SEU named &lt;name&gt; at start.</source>
        <translation>Beim Start die SEU &lt;Name&gt; zeigen.</translation>
    </message>
    <message>
        <source>There is no SEU named %1.</source>
        <translation>Es gibt keine SEU namens %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
</TS>
