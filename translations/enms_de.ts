<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptConfirmation</name>
    <message>
        <source>Make this the energy baseline of %1?</source>
        <translation>Soll dies die energetische Ausgangsbasis (Baseline) von %1 werden?</translation>
    </message>
    <message>
        <source>Reference period: %1</source>
        <translation>Bezugszeitraum: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>It supersedes the accepted baseline %1 (reference period %2; %3), accepted by %4 on %5. The superseded baseline stays stored, unchanged, for audits.</source>
        <extracomment>short id, reference period, model, who accepted it, when</extracomment>
        <translation>Sie löst die freigegebene Baseline %1 ab (Bezugszeitraum %2; %3), freigegeben von %4 am %5. Die abgelöste Baseline bleibt unverändert für Audits gespeichert.</translation>
    </message>
    <message>
        <source>%1 has no accepted baseline yet, so none is superseded.</source>
        <translation>%1 hat noch keine freigegebene Baseline, es wird also keine abgelöst.</translation>
    </message>
    <message>
        <source>Expected energy, deviations and the CUSUM of %1 will be computed from it.</source>
        <translation>Erwarteter Energieverbrauch, Abweichungen und die CUSUM von %1 werden daraus berechnet.</translation>
    </message>
    <message>
        <source>This is a %1 baseline. The charts, the daily analysis and the dashboard compare only with a daily baseline, so they will show no expected energy for %2 until a daily one is accepted.</source>
        <translation>Dies ist eine %1 Baseline. Die Diagramme, die Tagesanalyse und das Dashboard vergleichen nur mit einer täglichen Baseline und zeigen daher für %2 keinen erwarteten Energieverbrauch, bis eine tägliche freigegeben ist.</translation>
    </message>
    <message>
        <source>Accept it only if you can justify that to an auditor.</source>
        <translation>Geben Sie sie nur frei, wenn Sie das gegenüber einem Auditor begründen können.</translation>
    </message>
    <message>
        <source>Accept baseline</source>
        <translation>Baseline freigeben</translation>
    </message>
    <message>
        <source>&amp;Accept baseline</source>
        <translation>Baseline &amp;freigeben</translation>
    </message>
</context>
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
    <name>BaselineText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>Woche (Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tägliche</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentliche</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatliche</translation>
    </message>
    <message>
        <source>%1 – %2 (1 day)</source>
        <translation>%1 – %2 (1 Tag)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 days)</source>
        <extracomment>first date – last date (number of days)</extracomment>
        <translation>%1 – %2 (%3 Tage)</translation>
    </message>
    <message>
        <source>kWh/day</source>
        <translation>kWh/Tag</translation>
    </message>
    <message>
        <source>kWh/week</source>
        <translation>kWh/Woche</translation>
    </message>
    <message>
        <source>kWh/month</source>
        <translation>kWh/Monat</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>CDD</source>
        <translation>CDD</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>operating hours</source>
        <translation>Betriebsstunden</translation>
    </message>
    <message>
        <source>weekend day</source>
        <translation>Wochenendtag</translation>
    </message>
    <message>
        <source>weekend days</source>
        <translation>Wochenendtage</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Heating degree days (HDD)</source>
        <translation>Heizgradtage (HDD)</translation>
    </message>
    <message>
        <source>Cooling degree days (CDD)</source>
        <translation>Kühlgradtage (CDD)</translation>
    </message>
    <message>
        <source>Outdoor temperature</source>
        <translation>Außentemperatur</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>Betriebsstunden</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Wochenendtage</translation>
    </message>
    <message>
        <source>Base energy (flat part)</source>
        <translation>Grundverbrauch (flacher Teil)</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>Heating slope below the change point</source>
        <translation>Heizsteigung unterhalb des Knickpunkts</translation>
    </message>
    <message>
        <source>Cooling slope above the change point</source>
        <translation>Kühlsteigung oberhalb des Knickpunkts</translation>
    </message>
    <message>
        <source>Slope over outdoor temperature</source>
        <translation>Steigung über der Außentemperatur</translation>
    </message>
    <message>
        <source>kWh/unit</source>
        <translation>kWh/Einheit</translation>
    </message>
    <message>
        <source>kWh/degree day</source>
        <translation>kWh/Gradtag</translation>
    </message>
    <message>
        <source>kWh/weekend day</source>
        <translation>kWh/Wochenendtag</translation>
    </message>
    <message>
        <source>kWh/h</source>
        <translation>kWh/h</translation>
    </message>
    <message>
        <source>kWh/day per °C</source>
        <translation>kWh/Tag je °C</translation>
    </message>
    <message>
        <source>kWh/week per °C</source>
        <translation>kWh/Woche je °C</translation>
    </message>
    <message>
        <source>kWh/month per °C</source>
        <translation>kWh/Monat je °C</translation>
    </message>
    <message>
        <source>max(0, %1 − %2)</source>
        <translation>max(0, %1 − %2)</translation>
    </message>
    <message>
        <source>Expected kWh per day</source>
        <translation>Erwartete kWh pro Tag</translation>
    </message>
    <message>
        <source>Expected kWh per week</source>
        <translation>Erwartete kWh pro Woche</translation>
    </message>
    <message>
        <source>Expected kWh per month</source>
        <translation>Erwartete kWh pro Monat</translation>
    </message>
    <message>
        <source>production in units per day</source>
        <translation>Produktion in Einheiten pro Tag</translation>
    </message>
    <message>
        <source>production in units per period</source>
        <translation>Produktion in Einheiten pro Periode</translation>
    </message>
    <message>
        <source>HDD = heating degree days below %1</source>
        <translation>HDD = Heizgradtage unter %1</translation>
    </message>
    <message>
        <source>CDD = cooling degree days above %1</source>
        <translation>CDD = Kühlgradtage über %1</translation>
    </message>
    <message>
        <source>weekend day = 1 on Saturdays and Sundays, else 0</source>
        <translation>Wochenendtag = 1 an Samstagen und Sonntagen, sonst 0</translation>
    </message>
    <message>
        <source>weekend days = Saturdays and Sundays in the period</source>
        <translation>Wochenendtage = Samstage und Sonntage in der Periode</translation>
    </message>
    <message>
        <source>operating hours = hours above 10 % of the rated power</source>
        <translation>Betriebsstunden = Stunden über 10 % der Nennleistung</translation>
    </message>
    <message>
        <source>T = the day&apos;s mean outdoor temperature in °C</source>
        <translation>T = mittlere Außentemperatur des Tages in °C</translation>
    </message>
    <message>
        <source>T = the period&apos;s mean outdoor temperature in °C</source>
        <translation>T = mittlere Außentemperatur der Periode in °C</translation>
    </message>
    <message>
        <source>a day of 23 or 25 hours (clock change) scales by its length</source>
        <translation>ein Tag mit 23 oder 25 Stunden (Zeitumstellung) wird nach seiner Länge skaliert</translation>
    </message>
    <message>
        <source>Linear: %1</source>
        <translation>Linear: %1</translation>
    </message>
    <message>
        <source>1P: flat, no driver</source>
        <translation>1P: konstant, ohne Einflussgröße</translation>
    </message>
    <message>
        <source>2P: straight line in temperature</source>
        <translation>2P: Gerade über der Temperatur</translation>
    </message>
    <message>
        <source>3PC: cooling above a change point</source>
        <translation>3PC: Kühlen oberhalb eines Knickpunkts</translation>
    </message>
    <message>
        <source>3PH: heating below a change point</source>
        <translation>3PH: Heizen unterhalb eines Knickpunkts</translation>
    </message>
    <message>
        <source>4P: two slopes meeting at a change point</source>
        <translation>4P: zwei Steigungen, die sich in einem Knickpunkt treffen</translation>
    </message>
    <message>
        <source>5P: heating and cooling with a flat band</source>
        <translation>5P: Heizen und Kühlen mit einem flachen Band</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>form name (heating change point – cooling change point)</extracomment>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>RMV2.0</source>
        <translation>RMV2.0</translation>
    </message>
    <message>
        <source>NMEC</source>
        <translation>NMEC</translation>
    </message>
    <message>
        <source>SEP (US DOE)</source>
        <translation>SEP (US DOE)</translation>
    </message>
    <message>
        <source>RMV2.0 (LBNL)</source>
        <translation>RMV2.0 (LBNL)</translation>
    </message>
    <message>
        <source>NMEC (CPUC)</source>
        <translation>NMEC (CPUC)</translation>
    </message>
    <message>
        <source>F-test p below 0.10, every driver&apos;s p below 0.20, at least one driver&apos;s p below 0.10, R² at least 0.50, at least 10 data points.</source>
        <translation>p des F-Tests unter 0,10, p jeder Einflussgröße unter 0,20, p mindestens einer Einflussgröße unter 0,10, R² mindestens 0,50, mindestens 10 Datenpunkte.</translation>
    </message>
    <message>
        <source>R² at least 0.65, CV(RMSE) at most 25 %, |NMBE| at most 0.5 %.</source>
        <translation>R² mindestens 0,65, CV(RMSE) höchstens 25 %, |NMBE| höchstens 0,5 %.</translation>
    </message>
    <message>
        <source>CV(RMSE) below 25 %, |NMBE| below 0.5 %; the savings uncertainty (below 50 % at 90 % confidence) is judged on reporting data.</source>
        <translation>CV(RMSE) unter 25 %, |NMBE| unter 0,5 %; die Unsicherheit der Einsparung (unter 50 % bei 90 % Konfidenz) wird an Daten des Berichtszeitraums beurteilt.</translation>
    </message>
    <message>
        <source>%1 Source: %2.</source>
        <extracomment>thresholds, then the publication they come from</extracomment>
        <translation>%1 Quelle: %2.</translation>
    </message>
    <message>
        <source>The F-test p value</source>
        <translation>Der p-Wert des F-Tests</translation>
    </message>
    <message>
        <source>The largest p value of a driver</source>
        <translation>Der größte p-Wert einer Einflussgröße</translation>
    </message>
    <message>
        <source>The smallest p value of a driver</source>
        <translation>Der kleinste p-Wert einer Einflussgröße</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>The number of data points</source>
        <translation>Die Anzahl der Datenpunkte</translation>
    </message>
    <message>
        <source>CV(RMSE)</source>
        <translation>CV(RMSE)</translation>
    </message>
    <message>
        <source>|NMBE|</source>
        <translation>|NMBE|</translation>
    </message>
    <message>
        <source>%1 cannot be tested: the model has no driver.</source>
        <translation>%1 kann nicht geprüft werden: Das Modell hat keine Einflussgröße.</translation>
    </message>
    <message>
        <source>%1 is %2 (must be below %3).</source>
        <translation>%1 ist %2 (muss unter %3 liegen).</translation>
    </message>
    <message>
        <source>%1 is %2 (must be at most %3).</source>
        <translation>%1 ist %2 (darf höchstens %3 sein).</translation>
    </message>
    <message>
        <source>%1 is %2 (must be at least %3).</source>
        <translation>%1 ist %2 (muss mindestens %3 sein).</translation>
    </message>
    <message>
        <source>%1 is %2 (must be above %3).</source>
        <translation>%1 ist %2 (muss über %3 liegen).</translation>
    </message>
    <message>
        <source>%1 is %2, but must be below %3.</source>
        <translation>%1 ist %2, muss aber unter %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is %2, but must be at most %3.</source>
        <translation>%1 ist %2, darf aber höchstens %3 sein.</translation>
    </message>
    <message>
        <source>%1 is %2, but must be at least %3.</source>
        <translation>%1 ist %2, muss aber mindestens %3 sein.</translation>
    </message>
    <message>
        <source>%1 is %2, but must be above %3.</source>
        <translation>%1 ist %2, muss aber über %3 liegen.</translation>
    </message>
    <message>
        <source>The heating slope does not fall as the temperature rises.</source>
        <translation>Die Heizsteigung fällt nicht mit steigender Temperatur.</translation>
    </message>
    <message>
        <source>The cooling slope does not rise with the temperature.</source>
        <translation>Die Kühlsteigung steigt nicht mit der Temperatur.</translation>
    </message>
    <message>
        <source>The two slopes do not bend upwards (heating below, cooling above).</source>
        <translation>Die beiden Steigungen knicken nicht nach oben ab (Heizen darunter, Kühlen darüber).</translation>
    </message>
    <message>
        <source>This form could not be fitted to the data.</source>
        <translation>Diese Modellform ließ sich nicht an die Daten anpassen.</translation>
    </message>
    <message>
        <source>The savings uncertainty must also stay below 50 % at 90 % confidence; that is judged once reporting-period data exist.</source>
        <translation>Die Unsicherheit der Einsparung muss außerdem unter 50 % bei 90 % Konfidenz bleiben; das wird beurteilt, sobald Daten des Berichtszeitraums vorliegen.</translation>
    </message>
    <message>
        <source>Valid under %1: every rule is met.</source>
        <translation>Gültig nach %1: Alle Regeln sind erfüllt.</translation>
    </message>
    <message>
        <source>The model was rejected.</source>
        <translation>Das Modell wurde verworfen.</translation>
    </message>
    <message>
        <source>Not valid under %1: %2</source>
        <translation>Nicht gültig nach %1: %2</translation>
    </message>
    <message>
        <source>counted from this SEU&apos;s own energy readings, so it would partly explain the energy by itself</source>
        <translation>aus den eigenen Energiemesswerten dieser SEU gezählt, würde den Energieverbrauch also teilweise durch sich selbst erklären</translation>
    </message>
    <message>
        <source>the change-point models&apos; variable; next to HDD and CDD it would make the linear models collinear</source>
        <translation>die Variable der Knickpunktmodelle; neben HDD und CDD würde sie die linearen Modelle kollinear machen</translation>
    </message>
    <message>
        <source>Draft, not accepted</source>
        <translation>Entwurf, nicht freigegeben</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>Superseded on %1</source>
        <translation>Abgelöst am %1</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2, superseded on %3</source>
        <extracomment>who accepted it, when, when it was superseded</extracomment>
        <translation>Freigegeben von %1 am %2, abgelöst am %3</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Angelegt von %1 am %2</translation>
    </message>
</context>
<context>
    <name>DeviationCharts</name>
    <message>
        <source>%1 (%2%3 kWh)</source>
        <translation>%1 (%2%3 kWh)</translation>
    </message>
    <message>
        <source>Cumulative deviation from the expected energy (kWh); rising = more than expected</source>
        <translation>Kumulierte Abweichung vom erwarteten Energieverbrauch (kWh); steigend = mehr als erwartet</translation>
    </message>
    <message>
        <source>%1 (the %2 largest of %3)</source>
        <translation>%1 (die %2 größten von %3)</translation>
    </message>
</context>
<context>
    <name>Enms::BaselineDetails</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reference period:</source>
        <translation>Bezugszeitraum:</translation>
    </message>
    <message>
        <source>Period length:</source>
        <translation>Periodenlänge:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>n (data points)</source>
        <translation>n (Datenpunkte)</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Adjusted R²</source>
        <translation>Korrigiertes R²</translation>
    </message>
    <message>
        <source>CV(RMSE)</source>
        <translation>CV(RMSE)</translation>
    </message>
    <message>
        <source>NMBE</source>
        <translation>NMBE</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>p of F</source>
        <translation>p von F</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation</source>
        <translation>Autokorrelation (Lag 1)</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>Regelwerk:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
</context>
<context>
    <name>Enms::BaselineFitDialog</name>
    <message>
        <source>Fit baseline – %1</source>
        <translation>Baseline anpassen – %1</translation>
    </message>
    <message>
        <source>SEU:</source>
        <translation>SEU:</translation>
    </message>
    <message>
        <source>readings from %1 to %2</source>
        <translation>Messwerte vom %1 bis %2</translation>
    </message>
    <message>
        <source>no readings stored</source>
        <translation>keine Messwerte gespeichert</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioden:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Rule set:</source>
        <translation>&amp;Regelwerk:</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>Cancel fit</source>
        <translation>Anpassung abbrechen</translation>
    </message>
    <message>
        <source>Every model tried, the best first:</source>
        <translation>Alle geprüften Modelle, das beste zuerst:</translation>
    </message>
    <message>
        <source>Store as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Store and &amp;accept…</source>
        <translation>Speichern und &amp;freigeben…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Automatic (best valid model)</source>
        <translation>Automatisch (bestes gültiges Modell)</translation>
    </message>
    <message>
        <source>Every linear model of the ticked variables and every change-point model; the valid one with the highest adjusted R² wins</source>
        <translation>Jedes lineare Modell der angekreuzten Variablen und jedes Knickpunktmodell; das gültige mit dem höchsten korrigierten R² gewinnt</translation>
    </message>
    <message>
        <source>Linear regression (OLS)</source>
        <translation>Lineare Regression (OLS)</translation>
    </message>
    <message>
        <source>Every combination of the ticked variables, no change-point model</source>
        <translation>Jede Kombination der angekreuzten Variablen, kein Knickpunktmodell</translation>
    </message>
    <message>
        <source>Looking up the relevant variables stored for %1…</source>
        <translation>Die für %1 gespeicherten relevanten Variablen werden gesucht…</translation>
    </message>
    <message>
        <source>Reading the relevant variables…</source>
        <translation>Die relevanten Variablen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the daily energy and relevant variables…</source>
        <translation>Tagesenergie und relevante Variablen werden gelesen…</translation>
    </message>
    <message>
        <source>The look-up was cancelled; the fit tries the default variables.</source>
        <translation>Die Suche wurde abgebrochen; die Anpassung verwendet die Standardvariablen.</translation>
    </message>
    <message>
        <source>The fit was cancelled; nothing was stored.</source>
        <translation>Die Anpassung wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The relevant variables could not be read (%1); the fit tries the default ones.</source>
        <translation>Die relevanten Variablen konnten nicht gelesen werden (%1); die Anpassung verwendet die Standardvariablen.</translation>
    </message>
    <message>
        <source>No baseline was fitted: %1</source>
        <translation>Es wurde keine Baseline angepasst: %1</translation>
    </message>
    <message>
        <source>The reference period starts on %1, after it ends on %2. Choose a start date before the end date.</source>
        <translation>Der Bezugszeitraum beginnt am %1, nach seinem Ende am %2. Wählen Sie ein Anfangsdatum vor dem Enddatum.</translation>
    </message>
    <message>
        <source>Tick at least one relevant variable for the linear models, or choose a change-point model.</source>
        <translation>Kreuzen Sie mindestens eine relevante Variable für die linearen Modelle an oder wählen Sie ein Knickpunktmodell.</translation>
    </message>
    <message>
        <source>Chosen model (not stored yet)</source>
        <translation>Gewähltes Modell (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>No model meets the %1 rules, so there is nothing to store. The table below lists every model tried and why it fails; a longer reference period, other relevant variables or another rule set may give a valid model.</source>
        <translation>Kein Modell erfüllt die Regeln von %1, es gibt also nichts zu speichern. Die Tabelle unten listet jedes geprüfte Modell und warum es scheitert; ein längerer Bezugszeitraum, andere relevante Variablen oder ein anderes Regelwerk können ein gültiges Modell ergeben.</translation>
    </message>
    <message>
        <source>Periods fitted: %1.</source>
        <translation>Angepasste Perioden: %1.</translation>
    </message>
    <message>
        <source>Periods fitted: %1 (%2 left out for missing readings or variables).</source>
        <translation>Angepasste Perioden: %1 (%2 wegen fehlender Messwerte oder Variablen ausgelassen).</translation>
    </message>
    <message>
        <source>Models tried: %1, valid under %3: %2.</source>
        <extracomment>models tried, how many of them are valid, rule set</extracomment>
        <translation>Geprüfte Modelle: %1, davon gültig nach %3: %2.</translation>
    </message>
    <message>
        <source>Chosen: %1, the valid model with the highest adjusted R².</source>
        <translation>Gewählt: %1, das gültige Modell mit dem höchsten korrigierten R².</translation>
    </message>
    <message>
        <source>Choose the reference period and press Fit. The fit tries the models, judges each by the rule set and shows the best here; nothing is stored until you choose to.</source>
        <translation>Wählen Sie den Bezugszeitraum und drücken Sie „Anpassen“. Die Anpassung prüft die Modelle, bewertet jedes nach dem Regelwerk und zeigt hier das beste; gespeichert wird erst, wenn Sie es wählen.</translation>
    </message>
    <message>
        <source>Trying every combination of the ticked variables…</source>
        <translation>Alle Kombinationen der angekreuzten Variablen werden geprüft…</translation>
    </message>
    <message>
        <source>Trying the change-point models of outdoor temperature…</source>
        <translation>Die Knickpunktmodelle der Außentemperatur werden geprüft…</translation>
    </message>
    <message>
        <source>The baseline could not be stored: %1</source>
        <translation>Die Baseline konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The accepted baseline could not be read: %1</source>
        <translation>Die freigegebene Baseline konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The baseline could not be stored and accepted: %1</source>
        <translation>Die Baseline konnte nicht gespeichert und freigegeben werden: %1</translation>
    </message>
</context>
<context>
    <name>Enms::BaselineListModel</name>
    <message>
        <source>%1 – %2
%3</source>
        <extracomment>first date – last date, then &quot;daily&quot; / &quot;weekly&quot; / &quot;monthly&quot; on a second line</extracomment>
        <translation>%1 – %2
%3</translation>
    </message>
    <message>
        <source>Valid (%1)</source>
        <translation>Gültig (%1)</translation>
    </message>
    <message>
        <source>Not valid (%1)</source>
        <translation>Nicht gültig (%1)</translation>
    </message>
    <message>
        <source>Share of the variation of energy the model explains; adjusted R² %1</source>
        <translation>Anteil der Schwankung des Energieverbrauchs, den das Modell erklärt; korrigiertes R² %1</translation>
    </message>
    <message>
        <source>Typical error of the model relative to the mean energy of a period</source>
        <translation>Typischer Fehler des Modells bezogen auf den mittleren Energieverbrauch einer Periode</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference period</source>
        <translation>Bezugszeitraum</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>CV(RMSE)</source>
        <translation>CV(RMSE)</translation>
    </message>
    <message>
        <source>Created (UTC), by</source>
        <translation>Angelegt (UTC), von</translation>
    </message>
    <message>
        <source>Accepted (UTC), by</source>
        <translation>Freigegeben (UTC), von</translation>
    </message>
</context>
<context>
    <name>Enms::BaselineView</name>
    <message>
        <source>Select an SEU to see its baselines.</source>
        <translation>Wählen Sie eine SEU, um ihre Baselines zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Fit baseline…</source>
        <translation>Baseline &amp;anpassen…</translation>
    </message>
    <message>
        <source>Acc&amp;ept…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Make the selected draft the SEU&apos;s energy baseline; the accepted one is superseded and kept for audits</source>
        <translation>Den markierten Entwurf zur Baseline der SEU machen; die bisher freigegebene wird abgelöst und für Audits aufbewahrt</translation>
    </message>
    <message>
        <source>All baselines of this SEU, newest first:</source>
        <translation>Alle Baselines dieser SEU, die neueste zuerst:</translation>
    </message>
    <message>
        <source>Energy baselines of %1</source>
        <translation>Energetische Ausgangsbasen (Baselines) von %1</translation>
    </message>
    <message>
        <source>Accepted baseline, not daily: the charts and the daily analysis of %1 need a daily one</source>
        <translation>Freigegebene Baseline, nicht täglich: Die Diagramme und die Tagesanalyse von %1 benötigen eine tägliche</translation>
    </message>
    <message>
        <source>Accepted baseline: the expected energy, CUSUM and dashboard of %1 use it</source>
        <translation>Freigegebene Baseline: Erwarteter Energieverbrauch, CUSUM und Dashboard von %1 verwenden sie</translation>
    </message>
    <message>
        <source>Draft baseline: not in use until it is accepted</source>
        <translation>Baseline-Entwurf: erst nach der Freigabe in Gebrauch</translation>
    </message>
    <message>
        <source>Superseded baseline: kept unchanged for audits</source>
        <translation>Abgelöste Baseline: unverändert für Audits aufbewahrt</translation>
    </message>
    <message>
        <source>No readings are stored for %1, so no baseline can be fitted yet. Import its meter data first (File &gt; Import meter data…).</source>
        <translation>Für %1 sind keine Messwerte gespeichert, daher kann noch keine Baseline angepasst werden. Importieren Sie zuerst die Zählerdaten (Datei &gt; Zählerdaten importieren…).</translation>
    </message>
    <message>
        <source>%1 has no accepted baseline yet, so its charts show no expected energy, no CUSUM and no model line. Press “Fit baseline…” to fit one over a reference period, check its statistics and accept it.</source>
        <translation>%1 hat noch keine freigegebene Baseline; die Diagramme zeigen daher keinen erwarteten Energieverbrauch, keine CUSUM und keine Modellgerade. Drücken Sie „Baseline anpassen…“, um eine über einen Bezugszeitraum anzupassen, ihre Statistik zu prüfen und sie freizugeben.</translation>
    </message>
    <message>
        <source>The baselines it had are listed below; select a draft to see it and accept it.</source>
        <translation>Die bisherigen Baselines stehen unten; wählen Sie einen Entwurf, um ihn anzusehen und freizugeben.</translation>
    </message>
    <message>
        <source>Fit a new baseline for %1 over a reference period</source>
        <translation>Eine neue Baseline für %1 über einen Bezugszeitraum anpassen</translation>
    </message>
    <message>
        <source>An SEU with stored readings is needed to fit a baseline</source>
        <translation>Zum Anpassen einer Baseline wird eine SEU mit gespeicherten Messwerten benötigt</translation>
    </message>
    <message>
        <source>The baseline was stored as a draft.</source>
        <translation>Die Baseline wurde als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The new baseline was stored and accepted.</source>
        <translation>Die neue Baseline wurde gespeichert und freigegeben.</translation>
    </message>
    <message>
        <source>Baseline not accepted</source>
        <translation>Baseline nicht freigegeben</translation>
    </message>
    <message>
        <source>The baseline could not be accepted: %1</source>
        <translation>Die Baseline konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>The baseline of %1 for %2 is now accepted.</source>
        <translation>Die Baseline von %1 für %2 ist jetzt freigegeben.</translation>
    </message>
</context>
<context>
    <name>Enms::CarpetChart</name>
    <message>
        <source>Hour of day (site time)</source>
        <translation>Stunde (Ortszeit des Standorts)</translation>
    </message>
    <message>
        <source>Mean power (kW)</source>
        <translation>Mittlere Leistung (kW)</translation>
    </message>
    <message>
        <source>carpet</source>
        <translation>rasterdiagramm</translation>
    </message>
    <message>
        <source>Select an SEU to see its carpet plot.</source>
        <translation>Wählen Sie eine SEU aus, um ihr Rasterdiagramm (Carpet-Plot) zu sehen.</translation>
    </message>
    <message>
        <source>No readings are stored for %1.</source>
        <translation>Für %1 sind keine Messwerte gespeichert.</translation>
    </message>
    <message>
        <source>%1 — local date (%2)</source>
        <translation>%1 — Datum in Ortszeit (%2)</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00
%4</source>
        <translation>%1 %2:00–%3:00
%4</translation>
    </message>
</context>
<context>
    <name>Enms::ChartInteraction</name>
    <message>
        <source>chart</source>
        <translation>diagramm</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all the data again</source>
        <translation>Wieder alle Daten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation>Dieses Diagramm als PNG-Bild oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Das Diagramm konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Enms::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>Enms::CoefficientTableModel</name>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Heating change point</source>
        <translation>Knickpunkt Heizen</translation>
    </message>
    <message>
        <source>Cooling change point</source>
        <translation>Knickpunkt Kühlen</translation>
    </message>
    <message>
        <source>Change point</source>
        <translation>Knickpunkt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Found by a grid search over the temperature range: it has no standard error of its own, and it counts as a parameter in every statistic.</source>
        <translation>Durch eine Gittersuche über den Temperaturbereich gefunden: Er hat keinen eigenen Standardfehler und zählt in jeder Statistik als Parameter.</translation>
    </message>
    <message>
        <source>Standard error of the coefficient</source>
        <translation>Standardfehler des Koeffizienten</translation>
    </message>
    <message>
        <source>Coefficient divided by its standard error</source>
        <translation>Koeffizient geteilt durch seinen Standardfehler</translation>
    </message>
    <message>
        <source>Two-sided p value of the coefficient (Student t)</source>
        <translation>Zweiseitiger p-Wert des Koeffizienten (Student-t)</translation>
    </message>
    <message>
        <source>Variance inflation factor: how much the driver is explained by the others (1 = not at all; above 10 = strongly collinear)</source>
        <translation>Varianzinflationsfaktor: wie stark die Einflussgröße durch die anderen erklärt wird (1 = gar nicht; über 10 = stark kollinear)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>Std.-Fehler</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>VIF</source>
        <translation>VIF</translation>
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
    <message>
        <source>consumption</source>
        <translation>verbrauch</translation>
    </message>
    <message>
        <source>Actual energy per interval</source>
        <translation>Ist-Verbrauch je Intervall</translation>
    </message>
    <message>
        <source>Actual energy per day</source>
        <translation>Ist-Verbrauch je Tag</translation>
    </message>
    <message>
        <source>Expected daily energy (accepted baseline), spread evenly over the day</source>
        <translation>Erwarteter Tagesverbrauch (freigegebene Baseline), gleichmäßig über den Tag verteilt</translation>
    </message>
    <message>
        <source>Expected daily energy (accepted baseline)</source>
        <translation>Erwarteter Tagesverbrauch (freigegebene Baseline)</translation>
    </message>
    <message>
        <source>%1 %2–%3
%4 kWh (mean %5 kW)</source>
        <translation>%1 %2–%3
%4 kWh (im Mittel %5 kW)</translation>
    </message>
    <message>
        <source>
expected %1 kWh (the day&apos;s expectation spread evenly)</source>
        <translation>
erwartet %1 kWh (Tageserwartung gleichmäßig verteilt)</translation>
    </message>
    <message>
        <source>%1
%2 kWh</source>
        <translation>%1
%2 kWh</translation>
    </message>
    <message>
        <source>
expected %1 kWh</source>
        <translation>
erwartet %1 kWh</translation>
    </message>
</context>
<context>
    <name>Enms::CusumChart</name>
    <message>
        <source>CUSUM of actual − expected (kWh); rising = more than expected</source>
        <translation>CUSUM von Ist − Erwartet (kWh); steigend = mehr als erwartet</translation>
    </message>
    <message>
        <source>cusum</source>
        <translation>cusum</translation>
    </message>
    <message>
        <source>Select an SEU to see its CUSUM.</source>
        <translation>Wählen Sie eine SEU aus, um ihre CUSUM-Kurve zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (Ortszeit %2)</translation>
    </message>
    <message>
        <source>%1
CUSUM %2 kWh
this day: %3 kWh against expected</source>
        <translation>%1
CUSUM %2 kWh
dieser Tag: %3 kWh gegenüber Erwartung</translation>
    </message>
    <message>
        <source>%1 has no accepted daily baseline, so there is nothing to compare with. Fit and accept one on the Baseline tab.</source>
        <translation>%1 hat keine freigegebene tägliche Baseline, es gibt also nichts zum Vergleichen. Passen Sie auf der Registerkarte „Baseline“ eine an und geben Sie sie frei.</translation>
    </message>
</context>
<context>
    <name>Enms::DashboardView</name>
    <message>
        <source>idle running</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>off-hours use</source>
        <translation>außerhalb Arbeitszeit</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Sta&amp;ndort:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Enddat&amp;um:</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Week (7 days)</source>
        <translation>Woche (7 Tage)</translation>
    </message>
    <message>
        <source>Month (30 days)</source>
        <translation>Monat (30 Tage)</translation>
    </message>
    <message>
        <source>Quarter (90 days)</source>
        <translation>Quartal (90 Tage)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Review the site again with the stored readings</source>
        <translation>Den Standort erneut mit den gespeicherten Messwerten bewerten</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The database holds no site yet.</source>
        <translation>Die Datenbank enthält noch keinen Standort.</translation>
    </message>
    <message>
        <source>The sites could not be read: %1</source>
        <translation>Die Standorte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no site with the id %1.</source>
        <translation>Es gibt keinen Standort mit der ID %1.</translation>
    </message>
    <message numerus="yes">
        <source>The review covers the %n local day(s) before this date, from %1 to %2; the end date itself is not included.</source>
        <translation>
            <numerusform>Die Bewertung umfasst %n Tag (Ortszeit) vor diesem Datum, vom %1 bis %2; das Enddatum selbst ist nicht enthalten.</numerusform>
            <numerusform>Die Bewertung umfasst die %n Tage (Ortszeit) vor diesem Datum, vom %1 bis %2; das Enddatum selbst ist nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewing %1…</source>
        <translation>%1 wird bewertet …</translation>
    </message>
    <message>
        <source>Cancelling the review…</source>
        <translation>Bewertung wird abgebrochen …</translation>
    </message>
    <message>
        <source>The review was cancelled; the figures below are from the previous review.</source>
        <translation>Die Bewertung wurde abgebrochen; die Zahlen unten stammen aus der vorherigen Bewertung.</translation>
    </message>
    <message>
        <source>The review was cancelled.</source>
        <translation>Die Bewertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Review cancelled</source>
        <translation>Bewertung abgebrochen</translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation>Die Bewertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Review failed</source>
        <translation>Bewertung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review of %1 finished</source>
        <translation>Bewertung von %1 abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 days before %5</source>
        <translation>%1: %2 bis %3, die %4 Tage vor dem %5</translation>
    </message>
    <message>
        <source>No savings opportunities found in this window.</source>
        <translation>In diesem Zeitraum wurden keine Einsparpotenziale gefunden.</translation>
    </message>
    <message>
        <source>Savings opportunities: %1, worth %2 %3 (%4 kWh) in this window.</source>
        <translation>Einsparpotenziale: %1 im Wert von %2 %3 (%4 kWh) in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Action plans of the site: %1.</source>
        <translation>Aktionspläne des Standorts: %1.</translation>
    </message>
    <message>
        <source>%1: %2 kWh</source>
        <translation>%1: %2 kWh</translation>
    </message>
    <message>
        <source>No active SEU at this site</source>
        <translation>Keine aktive SEU an diesem Standort</translation>
    </message>
    <message>
        <source>Energy by SEU</source>
        <translation>Energie nach SEU</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 %4 (%5 kWh), payback %n day(s)</source>
        <translation>
            <numerusform>%1, %2: %3 %4 (%5 kWh), Amortisation in %n Tag</numerusform>
            <numerusform>%1, %2: %3 %4 (%5 kWh), Amortisation in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No savings opportunities in this window</source>
        <translation>Keine Einsparpotenziale in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Savings by opportunity</source>
        <translation>Einsparung je Potenzial</translation>
    </message>
    <message>
        <source>Potential savings (%1)</source>
        <translation>Mögliche Einsparung (%1)</translation>
    </message>
</context>
<context>
    <name>Enms::DriverChoiceBox</name>
    <message>
        <source>Relevant variables (linear models)</source>
        <translation>Relevante Variablen (lineare Modelle)</translation>
    </message>
    <message>
        <source>Ticked: the variables the search tries in every combination. Complete periods in the span with energy and every variable: %1.</source>
        <translation>Angekreuzt: die Variablen, die die Suche in jeder Kombination prüft. Vollständige Perioden im Zeitraum mit Energie und allen Variablen: %1.</translation>
    </message>
    <message>
        <source>not for weeks: every week has two weekend days</source>
        <translation>nicht für Wochen: Jede Woche hat zwei Wochenendtage</translation>
    </message>
    <message>
        <source>no production counts are stored for this SEU</source>
        <translation>für diese SEU sind keine Produktionsmengen gespeichert</translation>
    </message>
    <message>
        <source>not available for this SEU</source>
        <translation>für diese SEU nicht verfügbar</translation>
    </message>
    <message>
        <source>no outdoor temperatures are stored for this site</source>
        <translation>für diesen Standort sind keine Außentemperaturen gespeichert</translation>
    </message>
    <message>
        <source>off by default: %1</source>
        <translation>standardmäßig aus: %1</translation>
    </message>
</context>
<context>
    <name>Enms::DriverScatterChart</name>
    <message>
        <source>The relevant variable on the horizontal axis</source>
        <translation>Die relevante Variable auf der horizontalen Achse</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Energy per day (kWh, scaled to 24 h)</source>
        <translation>Energie je Tag (kWh, auf 24 h skaliert)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>energy-vs-driver</source>
        <translation>energie-vs-einflussgroesse</translation>
    </message>
    <message>
        <source>Select an SEU to see its energy against its drivers.</source>
        <translation>Wählen Sie eine SEU aus, um ihren Energieverbrauch im Vergleich zu ihren Einflussgrößen zu sehen.</translation>
    </message>
    <message>
        <source>Production (units per day)</source>
        <translation>Produktion (Einheiten pro Tag)</translation>
    </message>
    <message>
        <source>Heating degree days (K·d, base 18 °C)</source>
        <translation>Heizgradtage (K·d, Basis 18 °C)</translation>
    </message>
    <message>
        <source>Cooling degree days (K·d, base 18 °C)</source>
        <translation>Kühlgradtage (K·d, Basis 18 °C)</translation>
    </message>
    <message>
        <source>Mean outdoor temperature (°C)</source>
        <translation>Mittlere Außentemperatur (°C)</translation>
    </message>
    <message>
        <source>Weekend day (0 = no, 1 = yes)</source>
        <translation>Wochenendtag (0 = nein, 1 = ja)</translation>
    </message>
    <message>
        <source>Operating hours (h)</source>
        <translation>Betriebsstunden (h)</translation>
    </message>
    <message>
        <source>No days of %1 have both energy and relevant variables.</source>
        <translation>Für keinen Tag von %1 liegen sowohl Energiewerte als auch relevante Variablen vor.</translation>
    </message>
    <message>
        <source>Accepted baseline (%1 model)</source>
        <translation>Freigegebene Baseline (%1-Modell)</translation>
    </message>
    <message>
        <source>Accepted baseline, other drivers held at their means</source>
        <translation>Freigegebene Baseline, übrige Einflussgrößen auf ihrem Mittelwert</translation>
    </message>
    <message>
        <source>Least-squares line (no accepted baseline)</source>
        <translation>Regressionsgerade (keine freigegebene Baseline)</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4 kWh</source>
        <translation>%1
%2: %3
%4 kWh</translation>
    </message>
</context>
<context>
    <name>Enms::EditCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows of a table with their column headers</source>
        <translation>Den markierten Text kopieren oder die markierten Zeilen einer Tabelle mit ihren Spaltenüberschriften</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
</context>
<context>
    <name>Enms::FitCandidateModel</name>
    <message>
        <source>Shown for comparison: a flat model is never chosen.</source>
        <translation>Zum Vergleich gezeigt: Ein konstantes Modell wird nie gewählt.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Nicht gültig</translation>
    </message>
    <message>
        <source>Not fitted</source>
        <translation>Nicht angepasst</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Adj. R²</source>
        <translation>Korr. R²</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>CV(RMSE)</source>
        <translation>CV(RMSE)</translation>
    </message>
    <message>
        <source>Why not valid</source>
        <translation>Warum nicht gültig</translation>
    </message>
</context>
<context>
    <name>Enms::ImportCommitPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The files are stored in one transaction: all of them, or, if you cancel, none.</source>
        <translation>Die Dateien werden in einer einzigen Transaktion gespeichert: entweder alle oder, wenn Sie abbrechen, keine.</translation>
    </message>
    <message>
        <source>Storing the readings…</source>
        <translation>Messwerte werden gespeichert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Stored %1 readings.</source>
        <translation>%1 Messwerte gespeichert.</translation>
    </message>
    <message>
        <source>Stored %1 readings from %2 files.</source>
        <translation>%1 Messwerte aus %2 Dateien gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Enms::ImportFilesPage</name>
    <message>
        <source>Meter files</source>
        <translation>Zählerdateien</translation>
    </message>
    <message>
        <source>Choose the exported files to import. CSV and similar text files and Green Button XML are read; all files share one mapping.</source>
        <translation>Wählen Sie die exportierten Dateien aus, die importiert werden sollen. Gelesen werden CSV- und ähnliche Textdateien sowie Green-Button-XML; für alle Dateien gilt dieselbe Zuordnung.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import meter data</source>
        <translation>Messdaten importieren</translation>
    </message>
    <message>
        <source>Meter exports (*.csv *.txt *.tsv *.xml);;All files (*)</source>
        <translation>Zählerexporte (*.csv *.txt *.tsv *.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Enms::ImportMappingPage</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Wh per interval</source>
        <translation>Wh pro Intervall</translation>
    </message>
    <message>
        <source>kWh per interval</source>
        <translation>kWh pro Intervall</translation>
    </message>
    <message>
        <source>MWh per interval</source>
        <translation>MWh pro Intervall</translation>
    </message>
    <message>
        <source>W mean demand</source>
        <translation>W mittlere Leistung</translation>
    </message>
    <message>
        <source>kW mean demand</source>
        <translation>kW mittlere Leistung</translation>
    </message>
    <message>
        <source>m³ of gas</source>
        <translation>m³ Gas</translation>
    </message>
    <message>
        <source>kg of steam</source>
        <translation>kg Dampf</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>units produced</source>
        <translation>produzierte Einheiten</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Where the values go and how the file is read. What the file showed is preselected; change what is wrong.</source>
        <translation>Wohin die Werte gehören und wie die Datei gelesen wird. Was in der Datei erkannt wurde, ist vorausgewählt; korrigieren Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Cumulative register readings (the energy is the difference between readings)</source>
        <translation>Kumulierte Zählerstände (die Energie ist die Differenz zwischen den Zählerständen)</translation>
    </message>
    <message>
        <source>Interval energy of an SEU</source>
        <translation>Intervallenergie einer SEU</translation>
    </message>
    <message>
        <source>Outdoor temperature of a site</source>
        <translation>Außentemperatur eines Standorts</translation>
    </message>
    <message>
        <source>Daily production of an SEU</source>
        <translation>Tagesproduktion einer SEU</translation>
    </message>
    <message>
        <source>the start of the interval</source>
        <translation>den Beginn des Intervalls</translation>
    </message>
    <message>
        <source>the end of the interval</source>
        <translation>das Ende des Intervalls</translation>
    </message>
    <message>
        <source>decide from the whole file</source>
        <translation>anhand der ganzen Datei bestimmen</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>Jahr/Monat/Tag</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>automatisch erkannt</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>point (.)</source>
        <translation>Punkt (.)</translation>
    </message>
    <message>
        <source>keep the stored readings (skip overlaps)</source>
        <translation>gespeicherte Messwerte behalten (Überschneidungen überspringen)</translation>
    </message>
    <message>
        <source>replace the stored readings</source>
        <translation>gespeicherte Messwerte ersetzen</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>Als Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Zie&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation>Werts&amp;palte:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>Stamps &amp;mark:</source>
        <translation>Zeitstempel &amp;kennzeichnen:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>Datums&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>Dezi&amp;malzeichen:</translation>
    </message>
    <message>
        <source>&amp;Overlaps:</source>
        <translation>Ü&amp;berschneidungen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; applied.</source>
        <translation>Vorlage „%1“ angewendet.</translation>
    </message>
    <message>
        <source>Saved as preset &quot;%1&quot;.</source>
        <translation>Als Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save mapping as preset</source>
        <translation>Zuordnung als Vorlage speichern</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>Enms::ImportPreviewPage</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>vertical bar (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows of the first file, as the importer reads them.</source>
        <translation>Die ersten Zeilen der ersten Datei, so wie der Import sie liest.</translation>
    </message>
    <message>
        <source>Green Button (ESPI) XML interval data. Its readings carry their own start times and durations in UTC.</source>
        <translation>Green-Button-Intervalldaten (ESPI-XML). Die Messwerte enthalten eigene Startzeiten und Dauern in UTC.</translation>
    </message>
    <message>
        <source>This file cannot be read as meter data: %1</source>
        <translation>Diese Datei kann nicht als Messdaten gelesen werden: %1</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2 · Decimal mark: %3 · Header row: %4 · Timestamps: %5</source>
        <extracomment>encoding, separator name, decimal mark, header yes/no, timestamp format</extracomment>
        <translation>Kodierung: %1 · Trennzeichen: %2 · Dezimalzeichen: %3 · Kopfzeile: %4 · Zeitstempel: %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (time stamp)</source>
        <translation>%1 (Zeitstempel)</translation>
    </message>
</context>
<context>
    <name>Enms::ImportReportPage</name>
    <message>
        <source>malformed line</source>
        <translation>fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>too few fields</source>
        <translation>zu wenige Felder</translation>
    </message>
    <message>
        <source>unreadable time stamp</source>
        <translation>unlesbarer Zeitstempel</translation>
    </message>
    <message>
        <source>date does not exist</source>
        <translation>Datum existiert nicht</translation>
    </message>
    <message>
        <source>local time skipped by a clock change</source>
        <translation>Ortszeit entfällt durch Zeitumstellung</translation>
    </message>
    <message>
        <source>off the interval grid</source>
        <translation>außerhalb des Intervallrasters</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>negative value</source>
        <translation>negativer Wert</translation>
    </message>
    <message>
        <source>impossible value</source>
        <translation>unmöglicher Wert</translation>
    </message>
    <message>
        <source>same interval twice with different values</source>
        <translation>gleiches Intervall doppelt mit unterschiedlichen Werten</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>ready to import</source>
        <translation>bereit zum Import</translation>
    </message>
    <message>
        <source>&lt;b&gt;refused&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;abgelehnt&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>%1 rows read, %2 used; interval %3.</source>
        <translation>%1 Zeilen gelesen, %2 verwendet; Intervall %3.</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3).</source>
        <translation>Zeitraum: %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>Gaps: %1, with %2 missing intervals.</source>
        <translation>Lücken: %1, mit insgesamt %2 fehlenden Intervallen.</translation>
    </message>
    <message>
        <source>Duplicates: %1 identical (merged), %2 conflicting.</source>
        <translation>Duplikate: %1 identisch (zusammengeführt), %2 widersprüchlich.</translation>
    </message>
    <message>
        <source>Clock changes: 23-hour days %1; 25-hour days %2; %3 stamps placed in the repeated hour.</source>
        <translation>Zeitumstellungen: 23-Stunden-Tage %1; 25-Stunden-Tage %2; %3 Zeitstempel der wiederholten Stunde zugeordnet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Midnight written as 00:00 of the same day on: %1.</source>
        <translation>Mitternacht als 00:00 desselben Tages angegeben am: %1.</translation>
    </message>
    <message>
        <source>Register rollovers or resets: %1.</source>
        <translation>Zählerüberläufe oder -rücksetzungen: %1.</translation>
    </message>
    <message>
        <source>Outliers above median + 3 × IQR: %1.</source>
        <translation>Ausreißer über Median + 3 × IQR: %1.</translation>
    </message>
    <message>
        <source>Rejected lines: %1.</source>
        <translation>Abgelehnte Zeilen: %1.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>A dry run with this mapping. Nothing is stored until you press Import.</source>
        <translation>Ein Probelauf mit dieser Zuordnung. Es wird nichts gespeichert, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Coverage: all %1 days complete.</source>
        <translation>Abdeckung: alle %1 Tage vollständig.</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 days complete; lowest %3 % on %4.</source>
        <translation>Abdeckung: %1 von %2 Tagen vollständig; niedrigste %3 % am %4.</translation>
    </message>
</context>
<context>
    <name>Enms::ImportWizard</name>
    <message>
        <source>Import meter data</source>
        <translation>Messdaten importieren</translation>
    </message>
</context>
<context>
    <name>Enms::LoadDurationChart</name>
    <message>
        <source>Share of the time the power is reached or exceeded (%)</source>
        <translation>Anteil der Zeit, in der die Leistung erreicht oder überschritten wird (%)</translation>
    </message>
    <message>
        <source>Mean power of the interval (kW)</source>
        <translation>Mittlere Leistung des Intervalls (kW)</translation>
    </message>
    <message>
        <source>load-duration</source>
        <translation>lastdauerlinie</translation>
    </message>
    <message>
        <source>Select an SEU to see its load-duration curve.</source>
        <translation>Wählen Sie eine SEU aus, um ihre Lastdauerlinie zu sehen.</translation>
    </message>
    <message>
        <source>No readings are stored for %1.</source>
        <translation>Für %1 sind keine Messwerte gespeichert.</translation>
    </message>
    <message>
        <source>%1: share of the %2 h with readings in which the power is reached or exceeded (%)</source>
        <translation>%1: Anteil der %2 h mit Messwerten, in denen die Leistung erreicht oder überschritten wird (%)</translation>
    </message>
    <message>
        <source>≥ %1 kW during %2 % of the time
(%3 h of %4 h)</source>
        <translation>≥ %1 kW während %2 % der Zeit
(%3 h von %4 h)</translation>
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
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>%1 – EnMS Workbench</source>
        <translation>%1 – EnMS Workbench</translation>
    </message>
    <message>
        <source>Action p&amp;lans</source>
        <translation>A&amp;ktionspläne</translation>
    </message>
    <message>
        <source>&amp;Import meter data…</source>
        <translation>Messdaten &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Pläne</translation>
    </message>
    <message>
        <source>&amp;New action plan…</source>
        <translation>&amp;Neuer Aktionsplan …</translation>
    </message>
    <message>
        <source>Draft an action plan for the SEU selected in the tree</source>
        <translation>Einen Aktionsplan für die im Baum ausgewählte SEU entwerfen</translation>
    </message>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>Plan als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Select an SEU in the tree first.</source>
        <translation>Wählen Sie zuerst im Baum eine SEU aus.</translation>
    </message>
    <message>
        <source>Open a database before importing meter data.</source>
        <translation>Öffnen Sie eine Datenbank, bevor Sie Messdaten importieren.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>SEU &amp;charts</source>
        <translation>SEU-Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Einsparpotenziale</translation>
    </message>
    <message>
        <source>Export management &amp;review as PDF…</source>
        <translation>&amp;Managementbewertung als PDF exportieren …</translation>
    </message>
    <message>
        <source>The dashboard&apos;s site and period as a report for the management review</source>
        <translation>Standort und Zeitraum des Dashboards als Bericht für die Managementbewertung</translation>
    </message>
    <message>
        <source>Print re&amp;view…</source>
        <translation>Managementbewertung &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Compute the dashboard again from the stored data</source>
        <translation>Das Dashboard erneut aus den gespeicherten Daten berechnen</translation>
    </message>
    <message>
        <source>Select an SEU in the tree to see its charts.</source>
        <translation>Wählen Sie im Baum eine SEU aus, um ihre Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>No action plan created</source>
        <translation>Kein Aktionsplan erstellt</translation>
    </message>
    <message>
        <source>Action plan %1 created as a draft.</source>
        <translation>Aktionsplan %1 als Entwurf erstellt.</translation>
    </message>
    <message>
        <source>Open a database before changing its settings.</source>
        <translation>Öffnen Sie eine Datenbank, bevor Sie ihre Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The dashboard has no finished review to export yet.</source>
        <translation>Das Dashboard hat noch keine abgeschlossene Bewertung, die exportiert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Management review written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Managementbewertung in %1 gespeichert (%n Seite).</numerusform>
            <numerusform>Managementbewertung in %1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the dashboard to finish its review.</source>
        <translation>Warten Sie, bis das Dashboard seine Bewertung abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Management review %1 %2.pdf</source>
        <translation>Managementbewertung %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export management review</source>
        <translation>Managementbewertung exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Management review not written</source>
        <translation>Managementbewertung wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Enms::OpportunitiesView</name>
    <message>
        <source>The site whose SEUs are scanned</source>
        <translation>Der Standort, dessen SEUs analysiert werden</translation>
    </message>
    <message>
        <source>Week (7 days)</source>
        <translation>Woche (7 Tage)</translation>
    </message>
    <message>
        <source>Month (30 days)</source>
        <translation>Monat (30 Tage)</translation>
    </message>
    <message>
        <source>Quarter (90 days)</source>
        <translation>Quartal (90 Tage)</translation>
    </message>
    <message>
        <source>How many local days before the end date are scanned</source>
        <translation>Wie viele Tage (Ortszeit) vor dem Enddatum analysiert werden</translation>
    </message>
    <message>
        <source>The scan ends the day before this local date</source>
        <translation>Die Analyse endet am Tag vor diesem Datum (Ortszeit)</translation>
    </message>
    <message>
        <source>All issue types</source>
        <translation>Alle Problemarten</translation>
    </message>
    <message>
        <source>Filter by SEU</source>
        <translation>Nach SEU filtern</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>Analy&amp;sieren</translation>
    </message>
    <message>
        <source>Scan the site&apos;s SEUs for savings opportunities</source>
        <translation>Die SEUs des Standorts auf Einsparpotenziale analysieren</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Sta&amp;ndort:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Enddat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Scanning… %p %</source>
        <translation>Analyse läuft … %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create action plan…</source>
        <translation>Aktionsplan erste&amp;llen …</translation>
    </message>
    <message>
        <source>Draft an action plan for the selected opportunity (Enter)</source>
        <translation>Einen Aktionsplan für das ausgewählte Einsparpotenzial entwerfen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird analysiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>The scan was cancelled; the table still shows the previous results.</source>
        <translation>Die Analyse wurde abgebrochen; die Tabelle zeigt weiterhin die vorherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities at %1 from %2 to %3 (%4 SEUs scanned)</source>
        <extracomment>site name, first and last local date, number of SEUs scanned</extracomment>
        <translation>
            <numerusform>%n Einsparpotenzial am Standort %1 vom %2 bis %3 (analysierte SEUs: %4)</numerusform>
            <numerusform>%n Einsparpotenziale am Standort %1 vom %2 bis %3 (analysierte SEUs: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>No savings opportunities were found at %1 from %2 to %3.</source>
        <translation>Am Standort %1 wurden vom %2 bis %3 keine Einsparpotenziale gefunden.</translation>
    </message>
    <message>
        <source>Choose a site, a period and an end date, then press Scan.</source>
        <translation>Wählen Sie einen Standort, einen Zeitraum und ein Enddatum und klicken Sie dann auf „Analysieren“.</translation>
    </message>
    <message>
        <source>1 opportunity · %1 kWh · %2 %3</source>
        <extracomment>count of visible rows · kWh · money and currency</extracomment>
        <translation>1 Einsparpotenzial · %1 kWh · %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunities · %1 kWh · %2 %3</source>
        <translation>
            <numerusform>%n Einsparpotenzial · %1 kWh · %2 %3</numerusform>
            <numerusform>%n Einsparpotenziale · %1 kWh · %2 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Show SEU &amp;chart</source>
        <translation>SEU-Diagra&amp;mm anzeigen</translation>
    </message>
    <message>
        <source>Select an opportunity to read its figures and the recommended action.</source>
        <translation>Wählen Sie ein Einsparpotenzial, um seine Kennzahlen und die empfohlene Maßnahme zu lesen.</translation>
    </message>
</context>
<context>
    <name>Enms::OpportunityTableModel</name>
    <message>
        <source>Rank %1 of %2 by money saved</source>
        <translation>Rang %1 von %2 nach eingesparten Kosten</translation>
    </message>
    <message>
        <source>%1 kWh could be saved over the %2 days scanned</source>
        <translation>%1 kWh könnten in den %2 analysierten Tagen eingespart werden</translation>
    </message>
    <message>
        <source>%1 %2 over the %3 days scanned, at %4 %2/kWh</source>
        <translation>%1 %2 in den %3 analysierten Tagen, bei %4 %2/kWh</translation>
    </message>
    <message>
        <source>Assumed cost of the measure: %1 %2</source>
        <translation>Angenommene Kosten der Maßnahme: %1 %2</translation>
    </message>
    <message>
        <source>Days until the assumed cost of %1 %2 is paid back by the saving</source>
        <translation>Tage, bis sich die angenommenen Kosten von %1 %2 durch die Einsparung amortisiert haben</translation>
    </message>
    <message>
        <source>Idle share: %1 % of %2 h with data (below %3 kW)</source>
        <translation>Leerlaufanteil: %1 % von %2 h mit Daten (unter %3 kW)</translation>
    </message>
    <message>
        <source>Off-hours share: %1 % of %2 kWh</source>
        <translation>Anteil außerhalb der Arbeitszeit: %1 % von %2 kWh</translation>
    </message>
    <message>
        <source>Drift: %1 % (%2 → %3 kWh per day)</source>
        <translation>Drift: %1 % (%2 → %3 kWh pro Tag)</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>SEU</source>
        <translation>SEU</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Problemart</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Savings (kWh)</source>
        <translation>Einsparung (kWh)</translation>
    </message>
    <message>
        <source>Savings (%1)</source>
        <translation>Einsparung (%1)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>ROI (days)</source>
        <translation>Amortisation (Tage)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>%1. %2 – %3</source>
        <extracomment>rank, SEU name, issue type</extracomment>
        <translation>%1. %2 – %3</translation>
    </message>
    <message>
        <source>Recommended action:</source>
        <translation>Empfohlene Maßnahme:</translation>
    </message>
</context>
<context>
    <name>Enms::PlanActionDelegate</name>
    <message>
        <source>1 = do first</source>
        <translation>1 = zuerst erledigen</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Days to complete the action</source>
        <translation>Tage bis zum Abschluss der Maßnahme</translation>
    </message>
</context>
<context>
    <name>Enms::PlanActionsModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Timeline (days)</source>
        <translation>Dauer (Tage)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to complete the action</source>
        <translation>
            <numerusform>%n Tag bis zum Abschluss der Maßnahme</numerusform>
            <numerusform>%n Tage bis zum Abschluss der Maßnahme</numerusform>
        </translation>
    </message>
    <message>
        <source>1 = do first</source>
        <translation>1 = zuerst erledigen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme hinzufügen</numerusform>
            <numerusform>%n Maßnahmen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme entfernen</numerusform>
            <numerusform>%n Maßnahmen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme verschieben</numerusform>
            <numerusform>%n Maßnahmen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1: %2 changed</source>
        <extracomment>row number, column name</extracomment>
        <translation>Maßnahme %1: %2 geändert</translation>
    </message>
    <message>
        <source>Action %1 added</source>
        <translation>Maßnahme %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Action %1 removed: %2</source>
        <translation>Maßnahme %1 entfernt: %2</translation>
    </message>
    <message>
        <source>Action %1 moved to position %2</source>
        <translation>Maßnahme %1 an Position %2 verschoben</translation>
    </message>
</context>
<context>
    <name>Enms::PlanDocument</name>
    <message>
        <source>Target date %1 -&gt; %2</source>
        <extracomment>old and new target date</extracomment>
        <translation>Zieltermin %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 bearbeitet</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Status %1 -&gt; %2 (undone)</source>
        <extracomment>status codes; an undone status move</extracomment>
        <translation>Status %1 -&gt; %2 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <extracomment>old and new status</extracomment>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>Status %1 → %2 (undone)</source>
        <extracomment>old and new status; an undone status move</extracomment>
        <translation>Status %1 → %2 (rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>Enms::PlanEditor</name>
    <message>
        <source>Filter plans by id, SEU, issue type or status</source>
        <translation>Pläne nach ID, SEU, Problemart oder Status filtern</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Revision &amp;history</source>
        <translation>Revis&amp;ionsverlauf</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>The plan could not be saved</source>
        <translation>Der Plan konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved revision %1: %2</source>
        <extracomment>revision number, what changed</extracomment>
        <translation>Revision %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Neuer Aktionsplan</translation>
    </message>
    <message>
        <source>What is the plan for %1 about?</source>
        <translation>Worum geht es im Plan für %1?</translation>
    </message>
    <message>
        <source>No plan created</source>
        <translation>Kein Plan erstellt</translation>
    </message>
    <message>
        <source>Created action plan %1</source>
        <translation>Aktionsplan %1 erstellt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>No action plan is open.</source>
        <translation>Es ist kein Aktionsplan geöffnet.</translation>
    </message>
    <message>
        <source>Select an action plan first.</source>
        <translation>Wählen Sie zuerst einen Aktionsplan aus.</translation>
    </message>
    <message>
        <source>Export action plan as PDF</source>
        <translation>Aktionsplan als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF wurde nicht erstellt</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite)</numerusform>
            <numerusform>%1 gespeichert (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print the plan</source>
        <translation>Der Plan kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
</context>
<context>
    <name>Enms::PlanForm</name>
    <message>
        <source>What is wrong, in the energy manager&apos;s words</source>
        <translation>Was nicht stimmt, in den Worten des Energiemanagements</translation>
    </message>
    <message>
        <source>One root cause a line</source>
        <translation>Eine Ursache pro Zeile</translation>
    </message>
    <message>
        <source>One check a line: what is watched after the actions</source>
        <translation>Eine Prüfung pro Zeile: was nach den Maßnahmen überwacht wird</translation>
    </message>
    <message>
        <source>How completion of the actions is checked</source>
        <translation>Wie der Abschluss der Maßnahmen geprüft wird</translation>
    </message>
    <message>
        <source>How the energy improvement is checked</source>
        <translation>Wie die energetische Verbesserung geprüft wird</translation>
    </message>
    <message>
        <source>The date by which the actions are to be completed</source>
        <translation>Das Datum, bis zu dem die Maßnahmen abgeschlossen sein sollen</translation>
    </message>
    <message>
        <source>Only the moves the plan workflow allows are offered</source>
        <translation>Angeboten werden nur die Statuswechsel, die der Ablauf des Plans zulässt</translation>
    </message>
    <message>
        <source>&amp;Problem statement:</source>
        <translation>Problembes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Root causes:</source>
        <translation>U&amp;rsachen:</translation>
    </message>
    <message>
        <source>&amp;Monitoring plan:</source>
        <translation>Über&amp;wachungsplan:</translation>
    </message>
    <message>
        <source>Result ver&amp;ification:</source>
        <translation>Verifizierung des &amp;Ergebnisses:</translation>
    </message>
    <message>
        <source>P&amp;erformance verification:</source>
        <translation>Verifizierung der energiebezogenen &amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Zieltermin:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Maßnahme hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve action</source>
        <translation>Maßnahme en&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Energy saved over the basis period, in kWh</source>
        <translation>Eingesparte Energie im Bezugszeitraum, in kWh</translation>
    </message>
    <message>
        <source>CO₂ avoided over the basis period, in kg</source>
        <translation>Vermiedenes CO₂ im Bezugszeitraum, in kg</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energie:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>CO₂:</source>
        <translation>CO₂:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No plan selected</source>
        <translation>Kein Plan ausgewählt</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>amount and currency code</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>Enms::PlanHistoryView</name>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes in revision %1 against revision %2:</source>
        <translation>Änderungen in Revision %1 gegenüber Revision %2:</translation>
    </message>
    <message>
        <source>Revision %1 created the plan:</source>
        <translation>Mit Revision %1 wurde der Plan angelegt:</translation>
    </message>
</context>
<context>
    <name>Enms::PlanListModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>SEU</source>
        <translation>SEU</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Problemart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Enms::ReviewTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) of the window with readings</source>
        <translation>
            <numerusform>%1: %n Tag des Zeitraums mit Messwerten</numerusform>
            <numerusform>%1: %n Tage des Zeitraums mit Messwerten</numerusform>
        </translation>
    </message>
    <message>
        <source>Energy carrier; gas and steam are counted in kWh of delivered energy</source>
        <translation>Energieträger; Gas und Dampf werden in kWh gelieferter Energie gerechnet</translation>
    </message>
    <message>
        <source>Measured energy from %1 to %2: %3 kWh</source>
        <translation>Gemessener Energieverbrauch vom %1 bis %2: %3 kWh</translation>
    </message>
    <message>
        <source>Measured minus expected energy: %1 kWh, %2 %3 at the site&apos;s price</source>
        <translation>Gemessener minus erwarteter Energieverbrauch: %1 kWh, %2 %3 zum Preis des Standorts</translation>
    </message>
    <message>
        <source>Deviation relative to the expected energy: %1 %</source>
        <translation>Abweichung bezogen auf den erwarteten Energieverbrauch: %1 %</translation>
    </message>
    <message>
        <source>Cost of the measured energy at %1 %2/kWh: %3 %2</source>
        <translation>Kosten des gemessenen Energieverbrauchs bei %1 %2/kWh: %3 %2</translation>
    </message>
    <message>
        <source>CO₂ emitted for the measured energy: %1 kg</source>
        <translation>CO₂-Emissionen des gemessenen Energieverbrauchs: %1 kg</translation>
    </message>
    <message>
        <source>Readings cover %1 h of the window&apos;s %2 h (%3 %)</source>
        <translation>Die Messwerte decken %1 h der %2 h des Zeitraums ab (%3 %)</translation>
    </message>
    <message>
        <source>more than 5 % below the expected energy</source>
        <translation>mehr als 5 % unter dem erwarteten Energieverbrauch</translation>
    </message>
    <message>
        <source>within ±5 % of the expected energy</source>
        <translation>innerhalb von ±5 % des erwarteten Energieverbrauchs</translation>
    </message>
    <message>
        <source>5 to 15 % above the expected energy</source>
        <translation>5 bis 15 % über dem erwarteten Energieverbrauch</translation>
    </message>
    <message>
        <source>more than 15 % above the expected energy</source>
        <translation>mehr als 15 % über dem erwarteten Energieverbrauch</translation>
    </message>
    <message>
        <source>%1: %2 %, %3. %4</source>
        <translation>%1: %2 %, %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>No expected energy: the SEU has no accepted baseline, and the thirty days before the window hold only %n complete day(s).</source>
        <translation>
            <numerusform>Kein Erwartungswert: Die SEU hat keine freigegebene Baseline, und die dreißig Tage vor dem Zeitraum enthalten nur %n vollständigen Tag.</numerusform>
            <numerusform>Kein Erwartungswert: Die SEU hat keine freigegebene Baseline, und die dreißig Tage vor dem Zeitraum enthalten nur %n vollständige Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected %1 kWh from the accepted baseline %2, for the days with readings.</source>
        <translation>Erwartet %1 kWh nach der freigegebenen Baseline %2, für die Tage mit Messwerten.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %1 kWh: the mean of %n complete day(s) in the thirty days before the window, scaled to the hours with readings.</source>
        <translation>
            <numerusform>Erwartet %1 kWh: Mittelwert von %n vollständigen Tag in den dreißig Tagen vor dem Zeitraum, umgerechnet auf die Stunden mit Messwerten.</numerusform>
            <numerusform>Erwartet %1 kWh: Mittelwert von %n vollständigen Tagen in den dreißig Tagen vor dem Zeitraum, umgerechnet auf die Stunden mit Messwerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEU</source>
        <translation>SEU</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Energieträger</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Expected (kWh)</source>
        <translation>Erwartet (kWh)</translation>
    </message>
    <message>
        <source>Deviation (kWh)</source>
        <translation>Abweichung (kWh)</translation>
    </message>
    <message>
        <source>Deviation (%)</source>
        <translation>Abweichung (%)</translation>
    </message>
    <message>
        <source>ISO 50001 status</source>
        <translation>ISO-50001-Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>CO₂ (kg)</source>
        <translation>CO₂ (kg)</translation>
    </message>
    <message>
        <source>Coverage (%)</source>
        <translation>Abdeckung (%)</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Keine Baseline</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Im Zielbereich</translation>
    </message>
    <message>
        <source>Requires attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Site total: %1 kWh measured</source>
        <translation>Standort gesamt: %1 kWh gemessen</translation>
    </message>
    <message>
        <source>no SEU has an expectation</source>
        <translation>keine SEU hat einen Erwartungswert</translation>
    </message>
    <message>
        <source>expected %1 kWh (%2 %) for the SEUs with an expectation (%3 of %4)</source>
        <translation>erwartet %1 kWh (%2 %) für die SEUs mit Erwartungswert (%3 von %4)</translation>
    </message>
    <message>
        <source>cost %1 %2</source>
        <translation>Kosten %1 %2</translation>
    </message>
    <message>
        <source>CO₂ %1 kg</source>
        <translation>CO₂ %1 kg</translation>
    </message>
    <message>
        <source>%1 excellent, %2 on target, %3 requiring attention, %4 non-compliant, %5 without baseline</source>
        <translation>%1 sehr gut, %2 im Zielbereich, %3 mit Handlungsbedarf, %4 nicht konform, %5 ohne Baseline</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4. %5.</source>
        <translation>%1, %2, %3, %4. %5.</translation>
    </message>
    <message>
        <source>Significant energy use</source>
        <translation>Wesentlicher Energieeinsatz (SEU)</translation>
    </message>
    <message>
        <source>Energy carrier; every carrier is counted in delivered kWh</source>
        <translation>Energieträger; jeder Energieträger wird in gelieferten kWh gezählt</translation>
    </message>
    <message>
        <source>Energy measured in the period, in kWh</source>
        <translation>Im Zeitraum gemessene Energie, in kWh</translation>
    </message>
    <message>
        <source>Energy expected for the days with readings, in kWh: from the accepted baseline, otherwise from the 30 days before the period</source>
        <translation>Für die Tage mit Messwerten erwartete Energie, in kWh: aus der freigegebenen Baseline, sonst aus den 30 Tagen vor dem Zeitraum</translation>
    </message>
    <message>
        <source>Measured minus expected energy, in kWh</source>
        <translation>Gemessene minus erwartete Energie, in kWh</translation>
    </message>
    <message>
        <source>Deviation as a share of the expected energy, in %</source>
        <translation>Abweichung als Anteil der erwarteten Energie, in %</translation>
    </message>
    <message>
        <source>ISO 50001 status from the deviation: below −5 % excellent, −5 to +5 % on target, up to +15 % requires attention, above non-compliant</source>
        <translation>ISO-50001-Status aus der Abweichung: unter −5 % sehr gut, −5 bis +5 % im Zielbereich, bis +15 % Handlungsbedarf, darüber nicht konform</translation>
    </message>
    <message>
        <source>Cost of the measured energy at the site&apos;s price, in %1</source>
        <translation>Kosten der gemessenen Energie zum Preis des Standorts, in %1</translation>
    </message>
    <message>
        <source>the site&apos;s currency</source>
        <translation>der Währung des Standorts</translation>
    </message>
    <message>
        <source>CO₂ emitted, in kg, at the site&apos;s factor per carrier</source>
        <translation>Ausgestoßenes CO₂, in kg, mit dem Faktor des Standorts je Energieträger</translation>
    </message>
    <message>
        <source>Share of the period&apos;s hours with readings, in %</source>
        <translation>Anteil der Stunden des Zeitraums mit Messwerten, in %</translation>
    </message>
</context>
<context>
    <name>Enms::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Detectors</source>
        <translation>&amp;Detektoren</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>The site whose prices, CO2 factors and working hours are shown</source>
        <translation>Der Standort, dessen Preise, CO2-Faktoren und Arbeitszeiten angezeigt werden</translation>
    </message>
    <message>
        <source>Energy prices and CO2 factors</source>
        <translation>Energiepreise und CO2-Faktoren</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Preis je kWh</translation>
    </message>
    <message>
        <source>CO2 per kWh</source>
        <translation>CO2 je kWh</translation>
    </message>
    <message>
        <source>What one kWh of %1 costs, in the site&apos;s currency</source>
        <translation>Was eine kWh %1 kostet, in der Währung des Standorts</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Kilograms of CO2 emitted per kWh of %1</source>
        <translation>Kilogramm CO2-Emissionen je kWh %1</translation>
    </message>
    <message>
        <source>Working calendar (site&apos;s local time)</source>
        <translation>Arbeitskalender (Ortszeit des Standorts)</translation>
    </message>
    <message>
        <source>Energy used on %1 within the working hours counts as working time</source>
        <translation>Energie, die am %1 innerhalb der Arbeitszeit verbraucht wird, zählt zur Arbeitszeit</translation>
    </message>
    <message>
        <source>The first minute after work; 00:00 stands for midnight</source>
        <translation>Die erste Minute nach Arbeitsende; 00:00 steht für Mitternacht</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Work starts at:</source>
        <translation>Arbeitsbeginn:</translation>
    </message>
    <message>
        <source>Work ends at:</source>
        <translation>Arbeitsende:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Standor&amp;t:</translation>
    </message>
    <message>
        <source>Thresholds of the opportunity scan for the site chosen on the Site page. Shares are given in percent.</source>
        <translation>Schwellenwerte der Potenzialanalyse für den auf der Seite „Standort“ gewählten Standort. Anteile werden in Prozent angegeben.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>The thresholds of the original performance rules</source>
        <translation>Die Schwellenwerte der ursprünglichen Bewertungsregeln</translation>
    </message>
    <message>
        <source>The language of menus, views and reports on this workstation; the window is rebuilt in it at once</source>
        <translation>Die Sprache von Menüs, Ansichten und Berichten an diesem Arbeitsplatz; das Fenster wird sofort in dieser Sprache neu aufgebaut</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Save the changes to %1 before showing another site?</source>
        <translation>Änderungen an %1 speichern, bevor ein anderer Standort angezeigt wird?</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The settings of %1 were not saved: %2</source>
        <translation>Die Einstellungen von %1 wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Idle below (share of rated power)</source>
        <translation>Leerlauf unter (Anteil der Nennleistung)</translation>
    </message>
    <message>
        <source>An SEU counts as idle while its mean power is below this share of its rated power.</source>
        <translation>Eine SEU gilt als im Leerlauf, solange ihre mittlere Leistung unter diesem Anteil ihrer Nennleistung liegt.</translation>
    </message>
    <message>
        <source>Idle finding above (share of time)</source>
        <translation>Leerlaufbefund über (Zeitanteil)</translation>
    </message>
    <message>
        <source>Excessive idling is reported when the SEU idles for more than this share of the time with readings.</source>
        <translation>Übermäßiger Leerlauf wird gemeldet, wenn die SEU während mehr als diesem Anteil der Zeit mit Messwerten im Leerlauf läuft.</translation>
    </message>
    <message>
        <source>Idle saving (share of idle energy)</source>
        <translation>Leerlaufeinsparung (Anteil der Leerlaufenergie)</translation>
    </message>
    <message>
        <source>The share of the energy used while idle that switching off could save.</source>
        <translation>Der Anteil der im Leerlauf verbrauchten Energie, der durch Abschalten eingespart werden könnte.</translation>
    </message>
    <message>
        <source>Idle measure cost</source>
        <translation>Kosten der Leerlaufmaßnahme</translation>
    </message>
    <message>
        <source>Assumed cost of idle detection and automatic shutdown, for the payback time.</source>
        <translation>Angenommene Kosten für Leerlauferkennung und automatische Abschaltung, für die Amortisationszeit.</translation>
    </message>
    <message>
        <source>Off-hours finding above (share of energy)</source>
        <translation>Befund außerhalb der Arbeitszeit über (Energieanteil)</translation>
    </message>
    <message>
        <source>Inefficient scheduling is reported when more than this share of the SEU&apos;s energy is used outside working hours ...</source>
        <translation>Ineffiziente Betriebszeitenplanung wird gemeldet, wenn mehr als dieser Anteil des Energieverbrauchs der SEU außerhalb der Arbeitszeit anfällt ...</translation>
    </message>
    <message>
        <source>... and off-hours energy above</source>
        <translation>... und Energie außerhalb der Arbeitszeit über</translation>
    </message>
    <message>
        <source>... and that energy exceeds this amount over the window.</source>
        <translation>... und diese Energie im Betrachtungszeitraum diesen Betrag übersteigt.</translation>
    </message>
    <message>
        <source>Off-hours saving (share of off-hours energy)</source>
        <translation>Einsparung außerhalb der Arbeitszeit (Anteil dieser Energie)</translation>
    </message>
    <message>
        <source>The share of the off-hours energy a setback schedule could save.</source>
        <translation>Der Anteil der Energie außerhalb der Arbeitszeit, den ein Absenkzeitplan einsparen könnte.</translation>
    </message>
    <message>
        <source>Scheduling measure cost</source>
        <translation>Kosten der Zeitplanmaßnahme</translation>
    </message>
    <message>
        <source>Assumed cost of a time schedule, for the payback time.</source>
        <translation>Angenommene Kosten eines Zeitplans, für die Amortisationszeit.</translation>
    </message>
    <message>
        <source>Drift finding above (increase)</source>
        <translation>Driftbefund über (Anstieg)</translation>
    </message>
    <message>
        <source>Baseline drift is reported when the daily energy of the later half of the window (or against the accepted baseline) rises by more than this share.</source>
        <translation>Eine Drift gegenüber der Baseline wird gemeldet, wenn der tägliche Energieverbrauch in der zweiten Hälfte des Betrachtungszeitraums (oder gegenüber der freigegebenen Baseline) um mehr als diesen Anteil steigt.</translation>
    </message>
    <message>
        <source>Drift saving (share of the excess)</source>
        <translation>Drifteinsparung (Anteil des Mehrverbrauchs)</translation>
    </message>
    <message>
        <source>The share of the daily excess that maintenance could win back.</source>
        <translation>Der Anteil des täglichen Mehrverbrauchs, den die Instandhaltung zurückgewinnen könnte.</translation>
    </message>
    <message>
        <source>Maintenance measure cost</source>
        <translation>Kosten der Instandhaltungsmaßnahme</translation>
    </message>
    <message>
        <source>Assumed cost of inspection, calibration and repair, for the payback time.</source>
        <translation>Angenommene Kosten für Inspektion, Kalibrierung und Reparatur, für die Amortisationszeit.</translation>
    </message>
</context>
<context>
    <name>Enms::SeuChartsView</name>
    <message>
        <source>&amp;Consumption</source>
        <translation>&amp;Verbrauch</translation>
    </message>
    <message>
        <source>C&amp;USUM</source>
        <translation>C&amp;USUM</translation>
    </message>
    <message>
        <source>C&amp;arpet</source>
        <translation>&amp;Rasterdiagramm</translation>
    </message>
    <message>
        <source>&amp;Load duration</source>
        <translation>&amp;Lastdauerlinie</translation>
    </message>
    <message>
        <source>&amp;Energy vs driver</source>
        <translation>Energie vs. Ein&amp;flussgröße</translation>
    </message>
    <message>
        <source>Cumulative sum of actual − expected energy (kWh)</source>
        <translation>Kumulierte Summe aus Ist- minus erwartetem Energieverbrauch (kWh)</translation>
    </message>
    <message>
        <source>Mean power (kW) by hour of day and date</source>
        <translation>Mittlere Leistung (kW) nach Tagesstunde und Datum</translation>
    </message>
    <message>
        <source>Interval power (kW) sorted from highest to lowest</source>
        <translation>Intervallleistung (kW), absteigend sortiert</translation>
    </message>
    <message>
        <source>Daily energy (kWh) against a relevant variable</source>
        <translation>Täglicher Energieverbrauch (kWh) über einer relevanten Variablen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Diagramme werden geladen …</translation>
    </message>
    <message>
        <source>The charts could not be loaded: %1</source>
        <translation>Die Diagramme konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Baseline</translation>
    </message>
    <message>
        <source>The energy baseline: model, statistics, fit and acceptance</source>
        <translation>Die Baseline: Modell, Statistik, Anpassung und Freigabe</translation>
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
        <translation>ineffiziente Betriebszeiten</translation>
    </message>
    <message>
        <source>drift from the energy baseline</source>
        <translation>Drift gegenüber der Baseline</translation>
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
    <name>PlanDiff</name>
    <message>
        <source>Action %1 – %2</source>
        <extracomment>action number, column name</extracomment>
        <translation>Maßnahme %1 – %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected outcomes – %1</source>
        <extracomment>%1 is one part of the expected outcomes</extracomment>
        <translation>Erwartete Ergebnisse – %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a figure and its unit</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <source>Remove action %1</source>
        <translation>Maßnahme %1 entfernen</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move action %1 to %2</source>
        <translation>Maßnahme %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <extracomment>undo menu entry; the new status</extracomment>
        <translation>Status auf „%1“ setzen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>undo menu entry; the field&apos;s name</extracomment>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit action %1: “%2”</source>
        <extracomment>undo menu entry; row number and column name</extracomment>
        <translation>Maßnahme %1: „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Action plan %1</source>
        <translation>Aktionsplan %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Significant energy use</source>
        <translation>Wesentlicher Energieeinsatz (SEU)</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Problemart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Eingesparte Energie</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Cost saved</source>
        <extracomment>amount and currency code</extracomment>
        <translation>Eingesparte Kosten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>Vermiedenes CO₂</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Überwachungsplan</translation>
    </message>
    <message>
        <source>How the result is verified</source>
        <translation>Wie das Ergebnis verifiziert wird</translation>
    </message>
    <message>
        <source>How the energy performance improvement is verified</source>
        <translation>Wie die Verbesserung der energiebezogenen Leistung verifiziert wird</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revisionsverlauf</translation>
    </message>
    <message>
        <source>This plan has not been saved.</source>
        <translation>Dieser Plan wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Plan period: %1 to %2</source>
        <extracomment>plan period: creation date and target date</extracomment>
        <translation>Planzeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Site: %1 · SEU: %2</source>
        <translation>Standort: %1 · SEU: %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
</context>
<context>
    <name>PlanRevisionText</name>
    <message>
        <source>Plan created</source>
        <translation>Plan angelegt</translation>
    </message>
    <message>
        <source>Created from the “%1” template</source>
        <extracomment>the issue type whose template the plan started from</extracomment>
        <translation>Aus der Vorlage „%1“ angelegt</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <extracomment>old status → new status</extracomment>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>%1 (move undone)</source>
        <extracomment>a status change that took a move back</extracomment>
        <translation>%1 (Statuswechsel rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Target date %1 → %2</source>
        <extracomment>old and new target date</extracomment>
        <translation>Zieltermin %1 → %2</translation>
    </message>
    <message>
        <source>Action %1 added</source>
        <translation>Maßnahme %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Action %1 removed (“%2”)</source>
        <extracomment>action number and its text</extracomment>
        <translation>Maßnahme %1 entfernt („%2“)</translation>
    </message>
    <message>
        <source>Actions %1–%2 added</source>
        <extracomment>the numbers of the first and the last added action</extracomment>
        <translation>Maßnahmen %1–%2 hinzugefügt</translation>
    </message>
    <message>
        <source>Action %1 moved to position %2</source>
        <translation>Maßnahme %1 an Position %2 verschoben</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action %1 – %2</source>
        <extracomment>action number, column name</extracomment>
        <translation>Maßnahme %1 – %2</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <extracomment>the names of the edited fields, separated by commas</extracomment>
        <translation>%1 bearbeitet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Saved again without changes</source>
        <translation>Ohne Änderungen erneut gespeichert</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Monitoring plan</source>
        <translation>Überwachungsplan</translation>
    </message>
    <message>
        <source>Result verification</source>
        <translation>Verifizierung des Ergebnisses</translation>
    </message>
    <message>
        <source>Performance verification</source>
        <translation>Verifizierung der energiebezogenen Leistung</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>none, the status is final</source>
        <translation>keine, der Status ist endgültig</translation>
    </message>
    <message>
        <source>A plan that is %1 cannot become %2. Allowed next: %3.</source>
        <extracomment>current status, refused status, the list of allowed statuses</extracomment>
        <translation>Ein Plan im Status „%1“ kann nicht in den Status „%2“ wechseln. Als Nächstes zulässig: %3.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QLocale date format of plan dates: day, abbreviated month name, year</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1, created by %2 on %3 at %4</source>
        <extracomment>status, who created the plan, date, time of day</extracomment>
        <translation>%1, angelegt von %2 am %3 um %4</translation>
    </message>
    <message>
        <source>%1 by %2 on %3 at %4</source>
        <extracomment>status, who moved the plan there, date, time of day</extracomment>
        <translation>%1 durch %2 am %3 um %4</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Angelegt als %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>old status → new status</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (move undone)</source>
        <extracomment>a status change that took a move back</extracomment>
        <translation>%1 (Statuswechsel rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>%1 (the %2 largest of %3)</source>
        <translation>%1 (die %2 größten von %3)</translation>
    </message>
    <message>
        <source>Energy by significant energy use (kWh)</source>
        <translation>Energie nach wesentlichem Energieeinsatz (kWh)</translation>
    </message>
    <message>
        <source>Opportunity savings by significant energy use and issue type (%1)</source>
        <translation>Einsparpotenziale nach wesentlichem Energieeinsatz und Problemart (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>%1 %2</source>
        <extracomment>an amount and a currency code</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>%1 – %2 (%3, %4 days)</source>
        <extracomment>first date, last date, &quot;month&quot;, number of days</extracomment>
        <translation>%1 – %2 (%3, %4 Tage)</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ISO 50001 status: %1 excellent, %2 on target, %3 requires attention, %4 non-compliant, %5 without a baseline.</source>
        <extracomment>counts of SEUs by ISO 50001 status</extracomment>
        <translation>ISO-50001-Status: %1 sehr gut, %2 im Zielbereich, %3 mit Handlungsbedarf, %4 nicht konform, %5 ohne Baseline.</translation>
    </message>
    <message>
        <source>No significant energy use has a baseline for this window, so no deviation can be stated.</source>
        <translation>Für diesen Zeitraum hat kein wesentlicher Energieeinsatz eine Baseline, daher kann keine Abweichung angegeben werden.</translation>
    </message>
    <message>
        <source>Against their baselines, the %4 SEUs with an expectation deviated by %1 kWh (%2 %) from the %3 kWh expected, a cost difference of %5.</source>
        <extracomment>deviation kWh, deviation %, expected kWh, number of SEUs, cost of the deviation</extracomment>
        <translation>Gegenüber ihren Baselines wichen die %4 SEUs mit Erwartungswert um %1 kWh (%2 %) von den erwarteten %3 kWh ab; das entspricht einer Kostendifferenz von %5.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The %1 significant energy uses (SEUs) of the site used %2 kWh in the period, costing %3 and emitting %4 CO₂.</source>
        <extracomment>SEU count, energy, cost, CO2</extracomment>
        <translation>Die %1 wesentlichen Energieeinsätze (SEUs) des Standorts verbrauchten im Zeitraum %2 kWh; das verursachte Kosten von %3 und Emissionen von %4 CO₂.</translation>
    </message>
    <message>
        <source>The opportunity scan found %1 opportunities worth %2 kWh or %3 over the period.</source>
        <extracomment>count of opportunities, kWh, money; count of open plans, count of plans</extracomment>
        <translation>Die Potenzialanalyse ergab %1 Einsparpotenziale im Umfang von %2 kWh bzw. %3 im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 of %2 action plans are open (not completed, verified or cancelled).</source>
        <translation>%1 von %2 Aktionsplänen sind offen (nicht abgeschlossen, verifiziert oder abgebrochen).</translation>
    </message>
    <message>
        <source>none (%1 reference days)</source>
        <translation>keine (%1 Referenztage)</translation>
    </message>
    <message>
        <source>30-day mean</source>
        <translation>30-Tage-Mittel</translation>
    </message>
    <message>
        <source>Energy performance by significant energy use</source>
        <translation>Energiebezogene Leistung nach wesentlichem Energieeinsatz</translation>
    </message>
    <message>
        <source>SEU</source>
        <translation>SEU</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Energieträger</translation>
    </message>
    <message>
        <source>Actual kWh</source>
        <translation>Ist kWh</translation>
    </message>
    <message>
        <source>Expected kWh</source>
        <translation>Erwartet kWh</translation>
    </message>
    <message>
        <source>Deviation kWh</source>
        <translation>Abweichung kWh</translation>
    </message>
    <message>
        <source>Deviation %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>ISO status</source>
        <translation>ISO-Status</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>CO₂ kg</source>
        <translation>CO₂ kg</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Abdeckung %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Expected energy and deviation are totalled over the SEUs with a baseline only (their actual energy: %1 kWh). Deviation = actual − expected; positive means more energy than expected. Expected energy comes from the accepted regression baseline, otherwise from the mean of the complete days in the 30 days before the period. Coverage is the share of the period&apos;s hours with readings; days without readings are left out of both actual and expected energy. ISO status: below −5 % excellent, −5 to +5 % on target, +5 to +15 % requires attention, above +15 % non-compliant.</source>
        <extracomment>actual kWh of the SEUs with an expectation</extracomment>
        <translation>Erwarteter Energieverbrauch und Abweichung sind nur über die SEUs mit Baseline summiert (deren Ist-Verbrauch: %1 kWh). Abweichung = Ist − Erwartet; positive Werte bedeuten mehr Energie als erwartet. Der erwartete Energieverbrauch stammt aus der freigegebenen Regressions-Baseline, andernfalls aus dem Mittelwert der vollständigen Tage in den 30 Tagen vor dem Zeitraum. Die Abdeckung ist der Anteil der Stunden des Zeitraums mit Messwerten; Tage ohne Messwerte fließen weder in den Ist- noch in den erwarteten Verbrauch ein. ISO-Status: unter −5 % sehr gut, −5 bis +5 % im Zielbereich, +5 bis +15 % Handlungsbedarf, über +15 % nicht konform.</translation>
    </message>
    <message>
        <source>Ranked opportunities</source>
        <translation>Einsparpotenziale nach Rang</translation>
    </message>
    <message>
        <source>The scan found no opportunities in this period.</source>
        <translation>Die Analyse hat in diesem Zeitraum keine Einsparpotenziale gefunden.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Problemart</translation>
    </message>
    <message>
        <source>Savings kWh</source>
        <translation>Einsparung kWh</translation>
    </message>
    <message>
        <source>Savings %1</source>
        <translation>Einsparung %1</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>ROI days</source>
        <translation>Amortisation Tage</translation>
    </message>
    <message>
        <source>Savings are over the period, at the site&apos;s price for each carrier. ROI days = assumed implementation cost ÷ saving per day.</source>
        <translation>Die Einsparungen gelten für den Zeitraum, bewertet zum Preis des Standorts für jeden Energieträger. Amortisation Tage = angenommene Umsetzungskosten ÷ Einsparung pro Tag.</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Aktionspläne</translation>
    </message>
    <message>
        <source>The site has no action plans.</source>
        <translation>Der Standort hat keine Aktionspläne.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Management review · %1</source>
        <translation>Managementbewertung · %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Management review %1, %2</source>
        <translation>Managementbewertung %1, %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>accepted baseline %1</source>
        <translation>freigegebene Baseline %1</translation>
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
    <message>
        <source>Open the action plan with the id &lt;id&gt; at start.</source>
        <translation>Beim Start den Aktionsplan mit der ID &lt;ID&gt; öffnen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Open the meter-data import wizard on &lt;file&gt; (may be given more than once).</source>
        <translation>Den Importassistenten für Messdaten mit &lt;Datei&gt; öffnen (kann mehrfach angegeben werden).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>There is no action plan %1.</source>
        <translation>Es gibt keinen Aktionsplan %1.</translation>
    </message>
</context>
</TS>
