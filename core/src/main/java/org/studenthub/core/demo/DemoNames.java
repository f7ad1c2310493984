package org.studenthub.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Italian and English name pools. Family names are drawn with a skew towards the head of each
 * list (the common names come first), so "Rossi" and "Smith" are frequent, as in life. The pools
 * deliberately hold many names containing "ros" (Rossi, Rosa, Ambrosio, Rossetti, Rose, Ross...)
 * for the search demonstration, and accented or apostrophised names (Nicolò, Giosuè, D'Angelo, Lucà).
 */
final class DemoNames {
    /** A generated person's names. */
    record Person(String given, String family, String preferred, boolean female) {}

    private final List<String> male;
    private final List<String> female;
    private final List<String> family;
    private final List<String> cities;
    private final List<String> streets;

    private DemoNames(String male, String female, String family, String cities, String streets) {
        this.male = split(male);
        this.female = split(female);
        this.family = split(family);
        this.cities = split(cities);
        this.streets = split(streets);
    }

    static DemoNames forLanguage(boolean italian) {
        return italian ? ITALIAN : ENGLISH;
    }

    Person person(SplittableRandom random) {
        boolean isFemale = random.nextBoolean();
        String given = pick(isFemale ? female : male, random);
        String familyName = skewed(family, random);
        String preferred = random.nextInt(20) == 0 ? pick(isFemale ? female : male, random) : null;
        if (given.equals(preferred)) {
            preferred = null;
        }
        return new Person(given, familyName, preferred, isFemale);
    }

    /** A parent's given name of the given sex, family name as the student's or another one. */
    Person parent(SplittableRandom random, String studentFamily, boolean mother) {
        String given = pick(mother ? female : male, random);
        String familyName = random.nextInt(4) == 0 ? skewed(family, random) : studentFamily;
        return new Person(given, familyName, null, mother);
    }

    List<String> male() {
        return male;
    }

    List<String> female() {
        return female;
    }

    List<String> family() {
        return family;
    }

    /** City index into {@link #city(int)}; the same index gives a matching postal code. */
    int cityIndex(SplittableRandom random) {
        return random.nextInt(cities.size());
    }

    String city(int index) {
        return cities.get(index).split(":")[0];
    }

    String postalCode(int index) {
        return cities.get(index).split(":")[1];
    }

    String street(SplittableRandom random) {
        return pick(streets, random);
    }

    private static String pick(List<String> pool, SplittableRandom random) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static String skewed(List<String> pool, SplittableRandom random) {
        double u = random.nextDouble();
        return pool.get((int) (pool.size() * u * u));
    }

    private static List<String> split(String names) {
        return List.of(names.split(","));
    }

    private static final DemoNames ITALIAN = new DemoNames(
            "Marco,Luca,Giuseppe,Francesco,Alessandro,Andrea,Matteo,Lorenzo,Davide,Simone,Federico,Riccardo,"
                    + "Gabriele,Tommaso,Nicolò,Niccolò,Giosuè,Edoardo,Pietro,Giovanni,Antonio,Stefano,Paolo,"
                    + "Emanuele,Filippo,Michele,Salvatore,Raffaele,Jacopo,Mattia,Ambrogio,Rosario",
            "Giulia,Sofia,Aurora,Alice,Ginevra,Emma,Giorgia,Martina,Chiara,Francesca,Sara,Rosa,Rosalba,"
                    + "Rossella,Beatrice,Anna,Elena,Valentina,Federica,Ilaria,Noemi,Arianna,Camilla,Bianca,Greta,"
                    + "Marta,Letizia,Benedetta,Maria,Lucia,Rosaria,Ludovica",
            "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,"
                    + "Rosa,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,De Rosa,"
                    + "Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,Longo,Gentile,Martinelli,Vitale,"
                    + "Ambrosio,Lombardo,Serra,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Villa,Conte,Rossetti,"
                    + "Ferraro,Ferri,Fabbri,Bianco,Marini,Grasso,Valentini,Messina,Sala,De Angelis,Gatti,"
                    + "Pellegrini,Palumbo,Sanna,Farina,Rizzi,Monti,Cattaneo,Morelli,Amato,Silvestri,Mazza,Testa,"
                    + "Rossini,Grassi,Pellegrino,Carbone,Giuliani,Benedetti,Barone,Caputo,Montanari,Guerra,"
                    + "Palmieri,Bernardi,Martino,Fiore,Ferretti,Bellini,Basile,Riva,Donati,Piras,Vitali,Lucà,"
                    + "Battaglia,Sartori,Neri,Costantini,Milani,Pagano,Ruggiero,Sorrentino,D'Amico,Orlando,"
                    + "Negri,Rosati,Ambrosini,Cosentino,Dell'Orto,Nicolò,Sciascia,Tosi,Zanetti,Brambilla",
            "Roma:00185,Milano:20121,Napoli:80133,Torino:10121,Bologna:40121,Firenze:50122,Genova:16121,"
                    + "Palermo:90133,Bari:70121,Verona:37121,Padova:35122,Trieste:34121,Perugia:06121,"
                    + "Cagliari:09124,Lecce:73100,Forlì:47121,Cantù:22063,Mondovì:12084",
            "Via Roma,Via Garibaldi,Corso Vittorio Emanuele II,Via Mazzini,Via Dante Alighieri,Piazza del Duomo,"
                    + "Via Cavour,Via XX Settembre,Viale dei Mille,Via Verdi,Via Manzoni,Corso Italia,"
                    + "Via Sant'Ambrogio,Via delle Rose");

    private static final DemoNames ENGLISH = new DemoNames(
            "Oliver,George,Harry,Jack,Jacob,Noah,Charlie,Thomas,Oscar,William,James,Leo,Alfie,Henry,Joshua,"
                    + "Freddie,Archie,Ethan,Isaac,Alexander,Joseph,Edward,Samuel,Max,Daniel,Arthur,Lucas,Ross,"
                    + "Ambrose,Rory,Seán,Rhys",
            "Olivia,Amelia,Isla,Ava,Emily,Isabella,Mia,Poppy,Ella,Lily,Grace,Sophie,Rose,Rosie,Evie,Jessica,"
                    + "Charlotte,Florence,Freya,Ruby,Chloe,Daisy,Phoebe,Matilda,Harriet,Eleanor,Lucy,Hannah,Zoë,"
                    + "Renée,Rosalind,Siobhán",
            "Smith,Jones,Williams,Taylor,Brown,Davies,Evans,Wilson,Thomas,Ross,Johnson,Roberts,Robinson,"
                    + "Thompson,Wright,Walker,White,Edwards,Hughes,Rose,Green,Hall,Lewis,Harris,Clarke,Patel,"
                    + "Jackson,Wood,Turner,Martin,Cooper,Hill,Ward,Morris,Moore,Clark,Lee,King,Baker,Harrison,"
                    + "Morgan,Allen,Ambrose,James,Scott,Phillips,Watson,Davis,Parker,Price,Bennett,Young,Griffiths,"
                    + "Mitchell,Kelly,Cook,Carter,Richardson,Bailey,Collins,Bell,Shaw,Murphy,Miller,Cox,Richards,"
                    + "Khan,Marshall,Anderson,Simpson,Ellis,Adams,Singh,Rossiter,Wilkinson,Foster,Chapman,Powell,"
                    + "Webb,Rogers,Gray,Mason,Ali,Hunt,Hussain,Campbell,Matthews,Owen,Palmer,Holmes,Mills,Barnes,"
                    + "Knight,Lloyd,Butler,Russell,Barker,Fisher,Stevens,Jenkins,Murray,Dixon,Harvey,Primrose,"
                    + "O'Brien,O'Connor,Brontë,Ormerod",
            "London:EC1A 1BB,Manchester:M1 1AE,Birmingham:B1 1AA,Leeds:LS1 1UR,Liverpool:L1 8JQ,"
                    + "Bristol:BS1 4DJ,Sheffield:S1 2HE,Newcastle upon Tyne:NE1 7RU,Nottingham:NG1 5FS,"
                    + "Cardiff:CF10 1EP,Edinburgh:EH1 1YZ,Glasgow:G1 1XQ,York:YO1 7HH,Oxford:OX1 1DP,"
                    + "Cambridge:CB2 1TN,Brighton:BN1 1UG",
            "High Street,Station Road,Church Lane,Victoria Road,Green Lane,Manor Road,Park Avenue,"
                    + "Queen's Road,Kings Road,Mill Lane,Rosebery Avenue,The Crescent,Primrose Hill,Albert Street");
}
