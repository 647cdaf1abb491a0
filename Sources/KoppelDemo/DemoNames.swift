import KoppelEngine

/// Name material for demo profiles: common Dutch given names and surnames, with the Twente
/// flavour (-ink, -huis, Oude …, Ter …), the spelling that breaks naive code (Zoë, Hüsken,
/// IJsbrand, van 't Veer, Gerrit-Jan) and names of Twente's Turkish, Moroccan, Moluccan and
/// Polish communities. Plausible, not statistics; no real person is meant.
enum DemoNames {
    static let givenNames: [String] = [
        "Anouk", "Sanne", "Lisa", "Femke", "Eline", "Ilse", "Marieke", "Fenna", "Iris", "Lotte",
        "Esther", "Judith", "Inge", "Mirjam", "Ingrid", "Wilma", "Hennie", "Gerda", "Janneke", "Marloes",
        "Nicole", "Linda", "Sandra", "Monique", "Petra", "Yvonne", "Renske", "Tessa", "Noor", "Julia",
        "Sophie", "Zoë", "Chloë", "Joëlle", "Noëlle", "Daniëlle", "Mariëlle", "Anaïs", "Loïs", "Fleur",
        "Maud", "Roos", "Evi", "Manon", "Annemiek", "Els", "Carla", "Hanneke", "Ineke", "Astrid",
        "Gerrit-Jan", "Jan-Willem", "Hendrik", "Gerrit", "Henk", "Bennie", "Herman", "Johan", "Jan", "Bart",
        "Sjoerd", "Thijs", "Ruud", "Erik", "Martijn", "Jeroen", "Bas", "Niels", "Rik", "Wouter",
        "Stefan", "Tim", "Joost", "Maarten", "Pieter", "Wim", "Harm", "Arjan", "Marco", "Richard",
        "Dennis", "Mark", "Ronald", "Frank", "Koen", "Luuk", "Daan", "Sem", "Stijn", "Lars",
        "IJsbrand", "René", "André", "Rémy", "Jörg", "Jürgen", "Gijs", "Teun", "Job", "Rutger",
        "Mehmet", "Emre", "Fatma", "Ayşe", "Elif", "Hüseyin", "Özlem", "Yusuf", "Mohamed", "Fatima",
        "Samira", "Youssef", "Nadia", "Bilal", "Priya", "Agnieszka", "Piotr", "Tomasz", "Dragana", "Thanh",
    ]

    static let surnames: [String] = [
        "Nijhuis", "Kamphuis", "Wolterink", "Scholten", "Brinkhuis", "Lammertink", "Oude Luttikhuis",
        "Oude Elferink", "Ter Horst", "ter Braak", "Haverkate", "Hüsken", "Jöbsis", "van 't Veer",
        "Leferink", "Morsink", "Bloemendal", "Roelofs", "Bosch", "Mensink", "Pierik", "Velthuis",
        "Wessels", "Hofste", "Wielens", "Smit", "de Jong", "Jansen", "de Vries", "van den Berg",
        "Bakker", "Visser", "Meijer", "Mulder", "Dijkstra", "Kuipers", "Veldhuis", "Schuurman",
        "Kleinsman", "Dijkhuis", "Nijenhuis", "Geerdink", "Slot", "Olde Rikkert", "Olthof", "Zwiers",
        "Meulenbelt", "Sanders", "Hesselink", "Brummelhuis", "Assink", "Rikhof", "Klein Gebbink",
        "Groot Wassink", "Hulshof", "Stevens", "Vos", "Hendriks", "Peters", "Kok", "Lübbers",
        "Schröder", "Köhler", "Bruggink", "Wiggers", "ten Hoeve", "op den Kamp", "in 't Veld",
        "van 't Hof", "de Wit", "van der Meer", "Brummelhuis-ter Horst", "Yılmaz", "Öztürk", "Kaya",
        "Çelik", "Demir", "Şahin", "El Amrani", "Bouzid", "El Idrissi", "Pattiasina", "Sahetapy",
        "Kowalski", "Nowak", "Nguyen", "Stoffers", "Hoogeveen", "Tijhuis", "Reimink",
    ]
}
