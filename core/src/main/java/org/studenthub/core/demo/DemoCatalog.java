package org.studenthub.core.demo;

import java.util.List;

/**
 * The academic catalogue of demo colleges, in Italian and in English: eight departments, each
 * with four programmes (bachelor, master, bachelor, master) and eight course titles.
 */
final class DemoCatalog {
    /** A department of the catalogue: its code, name, subject and what it offers. */
    record Department(String code, String name, String subject, List<String> programmes, List<String> courses) {}

    private DemoCatalog() {}

    static List<Department> departments(boolean italian) {
        return italian ? ITALIAN : ENGLISH;
    }

    private static Department dept(String code, String name, String subject, String programmes, String courses) {
        return new Department(code, name, subject, List.of(programmes.split("\\|")), List.of(courses.split("\\|")));
    }

    private static final List<Department> ITALIAN = List.of(
            dept("ING", "Dipartimento di Ingegneria", "Ingegneria",
                    "Ingegneria Informatica|Ingegneria del Software|Ingegneria Elettronica|Ingegneria delle Telecomunicazioni",
                    "Analisi Matematica I|Fondamenti di Informatica|Fisica Generale|Reti di Calcolatori|Basi di Dati|"
                            + "Sistemi Operativi|Elettrotecnica|Ingegneria del Software"),
            dept("ECO", "Dipartimento di Economia e Management", "Economia",
                    "Economia Aziendale|Finanza|Marketing e Comunicazione|Economia e Commercio Internazionale",
                    "Microeconomia|Macroeconomia|Ragioneria|Statistica|Diritto Commerciale|Marketing|"
                            + "Finanza Aziendale|Econometria"),
            dept("GIU", "Dipartimento di Giurisprudenza", "Diritto",
                    "Scienze dei Servizi Giuridici|Giurisprudenza|Consulente del Lavoro|Diritto Internazionale",
                    "Diritto Privato|Diritto Costituzionale|Diritto Penale|Storia del Diritto Romano|"
                            + "Diritto Amministrativo|Diritto dell'Unione Europea|Filosofia del Diritto|Diritto del Lavoro"),
            dept("LET", "Dipartimento di Lettere e Filosofia", "Lettere",
                    "Lettere|Filologia Moderna|Filosofia|Scienze Storiche",
                    "Letteratura Italiana|Linguistica Generale|Storia Medievale|Filologia Romanza|"
                            + "Storia dell'Arte|Estetica|Letteratura Latina|Geografia"),
            dept("SAL", "Dipartimento di Scienze della Salute", "Medicina",
                    "Infermieristica|Scienze Infermieristiche|Fisioterapia|Scienze della Riabilitazione",
                    "Anatomia Umana|Fisiologia|Biochimica|Igiene|Farmacologia|Patologia Generale|"
                            + "Psicologia Clinica|Statistica Medica"),
            dept("ARC", "Dipartimento di Architettura", "Architettura",
                    "Scienze dell'Architettura|Architettura|Design del Prodotto|Pianificazione Territoriale",
                    "Disegno dell'Architettura|Storia dell'Architettura|Composizione Architettonica|"
                            + "Scienza delle Costruzioni|Urbanistica|Tecnologia dell'Architettura|Restauro|Estimo"),
            dept("MAT", "Dipartimento di Matematica e Fisica", "Matematica",
                    "Matematica|Matematica Applicata|Fisica|Fisica Teorica",
                    "Algebra Lineare|Geometria|Analisi Matematica II|Meccanica Razionale|Probabilità|"
                            + "Fisica Quantistica|Chimica Generale|Calcolo Numerico"),
            dept("LIN", "Dipartimento di Lingue e Culture Straniere", "Lingue",
                    "Lingue e Letterature Straniere|Traduzione Specialistica|Mediazione Linguistica|"
                            + "Lingue per la Comunicazione Internazionale",
                    "Lingua Inglese|Lingua Tedesca|Lingua Spagnola|Letteratura Francese|Glottologia|"
                            + "Traduzione Tecnica|Linguistica Italiana|Comunicazione Interculturale"));

    private static final List<Department> ENGLISH = List.of(
            dept("ENG", "School of Engineering", "Engineering",
                    "Computer Engineering|Software Engineering|Electronic Engineering|Telecommunications",
                    "Calculus|Programming Fundamentals|Physics for Engineers|Computer Networks|Databases|"
                            + "Operating Systems|Circuit Theory|Software Design"),
            dept("BUS", "Business School", "Business",
                    "Business Management|Finance|Marketing|International Business",
                    "Microeconomics|Macroeconomics|Financial Accounting|Statistics for Business|Business Law|"
                            + "Principles of Marketing|Corporate Finance|Econometrics"),
            dept("LAW", "School of Law", "Law",
                    "Law|Legal Practice|Criminology|International Law",
                    "Contract Law|Constitutional Law|Criminal Law|Tort Law|Land Law|European Union Law|"
                            + "Jurisprudence|Employment Law"),
            dept("HUM", "School of Humanities", "Humanities",
                    "English Literature|Medieval Studies|History|Philosophy",
                    "Shakespeare|Romantic Poetry|Medieval History|Modern History|Ethics|Logic|"
                            + "Classical Civilisation|Creative Writing"),
            dept("HEA", "School of Health Sciences", "Health",
                    "Nursing|Advanced Nursing Practice|Physiotherapy|Public Health",
                    "Human Anatomy|Physiology|Biochemistry|Health and Society|Pharmacology|Pathology|"
                            + "Clinical Psychology|Medical Statistics"),
            dept("ARC", "School of Architecture and Design", "Architecture",
                    "Architecture|Advanced Architectural Design|Product Design|Urban Planning",
                    "Architectural Drawing|History of Architecture|Design Studio|Structural Mechanics|"
                            + "Urban Design|Building Technology|Conservation|Sustainable Design"),
            dept("MPH", "School of Mathematics and Physics", "Mathematics",
                    "Mathematics|Applied Mathematics|Physics|Theoretical Physics",
                    "Linear Algebra|Geometry|Real Analysis|Mechanics|Probability|Quantum Physics|"
                            + "General Chemistry|Numerical Methods"),
            dept("LAN", "School of Modern Languages", "Languages",
                    "Modern Languages|Translation Studies|Linguistics|Applied Linguistics",
                    "Italian Language|German Language|Spanish Language|French Literature|Phonetics|"
                            + "Sociolinguistics|Translation Practice|Intercultural Communication"));
}
