package nl.vroegsignaal.features;

import static nl.vroegsignaal.features.FeatureKind.BINARY;
import static nl.vroegsignaal.features.FeatureKind.CATEGORICAL;
import static nl.vroegsignaal.features.FeatureKind.NUMERIC;

import java.util.Locale;

/**
 * Every feature, in catalogue order: the ordinal is the column index the feature code writes to, so the
 * definitions and the computation cannot drift apart. Texts in Dutch (B1) are for reports and the register;
 * windows are in English, relative to the peildatum P. {@link Catalogue} is the public face of this list.
 */
enum Feature {
    LEEFTIJD(Family.LEEFTIJD, NUMERIC, "personen.csv", "on P (geboortemaand taken as born on the 1st)",
            "Leeftijd in hele jaren op de peildatum.",
            "Oudere jongeren verlaten vaker school zonder startkwalificatie. Vanaf 18 jaar geldt de kwalificatieplicht "
                    + "niet meer. Ongeveer 9 van de 10 nieuwe voortijdig schoolverlaters zijn 18 jaar of ouder."),

    ONDERWIJSSOORT(Family.SCHOOLLOOPBAAN, CATEGORICAL, "inschrijvingen.csv", Windows.CURRENT,
            "Onderwijssoort van de inschrijving die op de peildatum liep, zoals bekend voor de peildatum; 'geen' als "
                    + "er geen lopende inschrijving bekend was.",
            "De kans op voortijdig schoolverlaten verschilt sterk per onderwijssoort: klein in het voortgezet "
                    + "onderwijs, groter in het mbo, en het grootst op mbo-niveau 1 en 2."),
    SECTOR(Family.SCHOOLLOOPBAAN, CATEGORICAL, "inschrijvingen.csv", Windows.CURRENT,
            "Sector van die inschrijving: VO, VAVO, MBO of HO; 'geen' als er geen lopende inschrijving bekend was.",
            "Uitval is in het mbo veel hoger dan in het vo. De sector vat dat samen, ook voor kleine groepen."),
    LEERJAAR(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv", Windows.CURRENT,
            "Leerjaar van die inschrijving; 0 als er geen lopende inschrijving bekend was.",
            "In het mbo vallen veel studenten uit in het eerste jaar. In het vo stijgt het risico in de hogere "
                    + "leerjaren, als jongeren ouder worden."),
    JAREN_IN_SOORT(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv",
            "enrolments begun before P, back to the first of the unbroken series in the current onderwijssoort",
            "Aantal schooljaren dat de jongere al in de huidige onderwijssoort zit, dit schooljaar meegeteld; 0 als "
                    + "er geen lopende inschrijving bekend was.",
            "Lang in dezelfde onderwijssoort zitten kan wijzen op vertraging. Vertraging gaat vaak samen met "
                    + "minder motivatie en later uitval."),
    ZITTENBLIJVEN_3J(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv", Windows.ENROLMENTS_3Y,
            "Aantal keer blijven zitten in de laatste 3 jaar: een nieuw schooljaar in dezelfde onderwijssoort en "
                    + "hetzelfde leerjaar als het schooljaar ervoor.",
            "Zittenblijven is een bekend signaal van problemen op school en hangt samen met latere uitval."),
    AFSTROOM_3J(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv", Windows.ENROLMENTS_3Y,
            "Aantal keer afgestroomd naar een lager niveau in dezelfde sector in de laatste 3 jaar, bijvoorbeeld "
                    + "van havo naar vmbo-gt of van mbo-3 naar mbo-2.",
            "Afstroom betekent vaak tegenvallende resultaten of een opleiding die niet past. Dat vergroot de kans "
                    + "op uitval."),
    SCHOOLWISSELS_3J(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv", Windows.ENROLMENTS_3Y,
            "Aantal keer gewisseld van school (een andere brin) binnen dezelfde sector in de laatste 3 jaar. De "
                    + "gewone overstap van vo naar mbo telt niet mee.",
            "Vaak van school wisselen wijst op problemen op school of thuis. Elke wissel is een nieuwe start, "
                    + "zonder vaste begeleiding."),
    ONDERBREKINGEN_3J(Family.SCHOOLLOOPBAAN, NUMERIC, "inschrijvingen.csv",
            "enrolments begun in [P - 3 years, P), with a gap of more than 92 days after all earlier enrolments",
            "Aantal keer dat de jongere meer dan 3 maanden nergens ingeschreven was, voor een inschrijving die in "
                    + "de laatste 3 jaar begon.",
            "Wie eerder een tijd niet op school zat, loopt meer kans om opnieuw uit te vallen."),
    DIPLOMAS_TOTAAL(Family.SCHOOLLOOPBAAN, NUMERIC, "diplomas.csv", "diplomas dated before P",
            "Aantal diploma's behaald voor de peildatum. Dit zijn geen startkwalificaties: wie die heeft, hoort "
                    + "niet bij de doelgroep.",
            "Een eerder diploma (bijvoorbeeld vmbo of mbo-1) laat zien dat de jongere een opleiding kan afmaken. "
                    + "Dat beschermt tegen uitval."),

    VERZUIM_ONGEOORLOOFD_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Aantal meldingen van ongeoorloofd verzuim (16 uur in 4 weken) in de 12 maanden voor de peildatum.",
            "Ongeoorloofd verzuim is vaak het eerste zichtbare signaal dat een jongere dreigt uit te vallen. "
                    + "Daarom moeten scholen het melden."),
    VERZUIM_ONGEOORLOOFD_3M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_3M,
            "Aantal meldingen van ongeoorloofd verzuim in de 3 maanden voor de peildatum.",
            "Verzuim van kort geleden zegt meer over het risico nu dan verzuim van lang geleden."),
    VERZUIM_LANGDURIG_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Aantal meldingen van langdurig verzuim (4 weken of langer afwezig) in de 12 maanden voor de peildatum.",
            "Bij langdurig verzuim komt de jongere al weken niet op school. De stap naar uitval is dan klein."),
    VERZUIM_LUXEVERZUIM_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Aantal meldingen van luxeverzuim (vrij nemen buiten de schoolvakanties) in de 12 maanden voor de "
                    + "peildatum.",
            "Luxeverzuim zegt iets over hoe belangrijk school thuis gevonden wordt. Het is een zwakker signaal dan "
                    + "ander verzuim; het model bepaalt hoe zwaar het telt."),
    VERZUIM_SIGNAALVERZUIM_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Aantal meldingen van signaalverzuim (zorgen over verzuim onder de grens van 16 uur) in de 12 maanden "
                    + "voor de peildatum.",
            "Signaalverzuim is bedoeld om vroeg te melden, voordat het verzuim groot wordt."),
    VERZUIM_ABSOLUUT_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Aantal meldingen van absoluut verzuim (leerplichtig en nergens ingeschreven) in de 12 maanden voor de "
                    + "peildatum.",
            "Bij absoluut verzuim was de jongere een tijd nergens ingeschreven. Dat is uitval in een vroeg stadium."),
    VERZUIM_UREN_3M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_3M,
            "Totaal aantal gemelde verzuimuren in de 3 maanden voor de peildatum; meldingen zonder uren tellen niet "
                    + "mee.",
            "Het aantal uren laat zien hoe groot het verzuim is, niet alleen dat er gemeld is."),
    VERZUIM_UREN_12M(Family.VERZUIM, NUMERIC, "verzuim.csv", Windows.MELDING_12M,
            "Totaal aantal gemelde verzuimuren in de 12 maanden voor de peildatum; meldingen zonder uren tellen "
                    + "niet mee.",
            "Het aantal uren laat zien hoe groot het verzuim is, niet alleen dat er gemeld is."),
    VERZUIM_DAGEN_SINDS_MELDING(Family.VERZUIM, NUMERIC, "verzuim.csv",
            "days from the last meldingsdatum before P to P; 999 if none or longer ago",
            "Aantal dagen tussen de laatste verzuimmelding en de peildatum; 999 als er geen melding was of als die "
                    + "langer geleden was.",
            "Hoe korter geleden de laatste melding, hoe actueler het signaal."),

    UITKERING_LOPEND(Family.HUISHOUDEN, BINARY, "uitkeringen.csv", Windows.SPELL_RUNNING,
            "1 als het huishouden op de peildatum een uitkering had (participatiewet, ioaw, ioaz of bbz) en de "
                    + "gemeente dat voor de peildatum wist; anders 0.",
            "Jongeren in een huishouden met een uitkering groeien vaker op met geldzorgen en stress. Dat hangt samen "
                    + "met een grotere kans op uitval."),
    UITKERING_MAANDEN_3J(Family.HUISHOUDEN, NUMERIC, "uitkeringen.csv", Windows.SPELL_3Y,
            "Aantal maanden met een uitkering in het huishouden in de 3 jaar voor de peildatum, op 1 decimaal; "
                    + "alleen uitkeringen die voor de peildatum bekend waren.",
            "Langdurige armoede weegt zwaarder dan een korte periode met een uitkering."),
    SCHULDHULP_LOPEND(Family.HUISHOUDEN, BINARY, "schuldhulp.csv", Windows.SPELL_RUNNING,
            "1 als het huishouden op de peildatum schuldhulp had en de gemeente dat voor de peildatum wist; "
                    + "anders 0.",
            "Schulden in het huishouden geven stress en onrust thuis. Dat maakt het moeilijker om school vol te "
                    + "houden."),
    SCHULDHULP_3J(Family.HUISHOUDEN, BINARY, "schuldhulp.csv", Windows.SPELL_3Y,
            "1 als het huishouden in de 3 jaar voor de peildatum schuldhulp had; anders 0.",
            "Ook schulden die kort geleden speelden, kunnen de jongere nog raken."),

    JEUGDHULP_LOPEND(Family.JEUGDHULP, BINARY, "jeugdhulp.csv", Windows.SPELL_RUNNING,
            "1 als de jongere op de peildatum jeugdhulp had (van welke soort ook) en de gemeente dat voor de "
                    + "peildatum wist; anders 0.",
            "Jongeren met jeugdhulp hebben vaker problemen thuis of met zichzelf die het volgen van school moeilijk "
                    + "maken."),
    JEUGDHULP_ZONDER_VERBLIJF_3J(Family.JEUGDHULP, BINARY, "jeugdhulp.csv", Windows.SPELL_3Y,
            "1 als de jongere in de 3 jaar voor de peildatum jeugdhulp zonder verblijf had (hulp terwijl de jongere "
                    + "thuis woont); anders 0.",
            "Jeugdhulp wijst op problemen waar school last van kan hebben. De soort hulp zegt iets over hoe zwaar "
                    + "die problemen zijn."),
    JEUGDHULP_MET_VERBLIJF_3J(Family.JEUGDHULP, BINARY, "jeugdhulp.csv", Windows.SPELL_3Y,
            "1 als de jongere in de 3 jaar voor de peildatum jeugdhulp met verblijf had (bijvoorbeeld in een "
                    + "pleeggezin of een instelling); anders 0.",
            "Wonen buiten het eigen gezin gaat vaak samen met wisselen van school en minder steun bij schoolwerk."),
    JEUGDHULP_JEUGDBESCHERMING_3J(Family.JEUGDHULP, BINARY, "jeugdhulp.csv", Windows.SPELL_3Y,
            "1 als de jongere in de 3 jaar voor de peildatum een maatregel van jeugdbescherming had (zoals een "
                    + "ondertoezichtstelling); anders 0.",
            "Een maatregel van jeugdbescherming betekent dat de ontwikkeling van de jongere ernstig bedreigd werd."),
    JEUGDHULP_JEUGDRECLASSERING_3J(Family.JEUGDHULP, BINARY, "jeugdhulp.csv", Windows.SPELL_3Y,
            "1 als de jongere in de 3 jaar voor de peildatum jeugdreclassering had (begeleiding na contact met "
                    + "politie of justitie); anders 0.",
            "Contact met politie of justitie hangt sterk samen met schooluitval."),

    VERHUIZINGEN_3J(Family.VERHUIZINGEN, NUMERIC, "verhuizingen.csv", "datum in [P - 3 years, P)",
            "Aantal verhuizingen (alle soorten) in de 3 jaar voor de peildatum.",
            "Verhuizen betekent vaak een nieuwe omgeving of school en minder vaste begeleiding."),
    GEVESTIGD_3J(Family.VERHUIZINGEN, BINARY, "verhuizingen.csv", "datum in [P - 3 years, P)",
            "1 als de jongere in de 3 jaar voor de peildatum in de gemeente is komen wonen (vestiging); anders 0.",
            "Wie kort in de gemeente woont, is minder bekend bij school, leerplicht en hulpverleners."),

    WIJK(Family.WIJK, CATEGORICAL, "personen.csv",
            "as in personen.csv: the address at delivery, not necessarily on P (see limitations)",
            "CBS-wijkcode van het woonadres volgens personen.csv.",
            "Voorzieningen, armoede en uitval verschillen per wijk. Let op: de wijk hangt samen met herkomst. De "
                    + "fairness-audit laat zien hoe sterk, en een signaallijst noemt de wijk nooit als reden.");

    private final FeatureDefinition definition;

    Feature(Family family, FeatureKind kind, String source, String window, String descriptionNl, String reasonNl) {
        this.definition = new FeatureDefinition(name().toLowerCase(Locale.ROOT), family.id(), kind, descriptionNl,
                source, window, reasonNl + " " + family.sourcesNl());
    }

    FeatureDefinition definition() {
        return definition;
    }

    int column() {
        return ordinal();
    }

    /** Window texts shared by several features. */
    private static final class Windows {
        static final String CURRENT = "enrolments begun before P; an einddatum on or after P reads as running";
        static final String ENROLMENTS_3Y =
                "enrolments begun in [P - 3 years, P), each compared with the enrolment begun before it";
        static final String MELDING_12M = "meldingsdatum in [P - 12 months, P)";
        static final String MELDING_3M = "meldingsdatum in [P - 3 months, P)";
        static final String SPELL_RUNNING =
                "registratiedatum < P and begindatum < P; einddatum empty or on/after P (running at P)";
        static final String SPELL_3Y =
                "registratiedatum < P and begindatum < P; overlaps [P - 3 years, P), clipped at P";
    }
}
