import pytest

from timeline.extract import actors as actors_module
from timeline.extract.actors import ActorMention, actor_info, find_actors, known_actors, surname_of


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.via) for m in find_actors(text)]


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.person) for m in find_actors(text) if m.person]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia backed the plan.", [("Russia", "RUS", "name")]),
        ("the Russian Federation said", [("Russian Federation", "RUS", "name")]),
        ("North Korea fired a missile.", [("North Korea", "PRK", "name")]),
        ("the DPRK and the ROK", [("DPRK", "PRK", "name"), ("ROK", "KOR", "name")]),
        ("S. Korea, France agree to press N. Korea", [("S. Korea", "KOR", "name"), ("France", "FRA", "name"), ("N. Korea", "PRK", "name")]),
        ("talks between the US and the U.S.A.", [("US", "USA", "name"), ("U.S.A.", "USA", "name")]),
        ("pressure from the United States", [("the United States", "USA", "name")]),
        ("Britain and the UK", [("Britain", "GBR", "name"), ("UK", "GBR", "name")]),
        ("Papua New Guinea and Equatorial Guinea and Guinea", [("Papua New Guinea", "PNG", "name"), ("Equatorial Guinea", "GNQ", "name"), ("Guinea", "GIN", "name")]),
        ("Sudan and South Sudan", [("Sudan", "SDN", "name"), ("South Sudan", "SSD", "name")]),
        ("Côte d’Ivoire voted", [("Côte d’Ivoire", "CIV", "name")]),
        ("the Islamic Republic of Iran", [("Islamic Republic of Iran", "IRN", "name")]),
        ("Turkey and Taiwan and Kosovo", [("Turkey", "TUR", "name"), ("Taiwan", "TWN", "name"), ("Kosovo", "XKX", "name")]),
    ],
)
def test_state_names(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a Russian diplomat", [("Russian", "RUS", "adjective")]),
        ("the North Korean leadership", [("North Korean", "PRK", "adjective")]),
        ("South Korean and Japanese officials", [("South Korean", "KOR", "adjective"), ("Japanese", "JPN", "adjective")]),
        ("French and British ministers", [("French", "FRA", "adjective"), ("British", "GBR", "adjective")]),
        ("American pressure on the North Koreans", [("American", "USA", "adjective"), ("North Koreans", "PRK", "adjective")]),
        ("Israelis and Palestinians", [("Israelis", "ISR", "adjective"), ("Palestinians", "PSE", "adjective")]),
    ],
)
def test_adjectives_and_demonyms(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moscow refused.", [("Moscow", "RUS", "capital")]),
        ("talks in Pyongyang and Seoul", [("Pyongyang", "PRK", "capital"), ("Seoul", "KOR", "capital")]),
        ("the Kremlin said", [("the Kremlin", "RUS", "seat")]),
        ("a Kremlin statement", [("Kremlin", "RUS", "seat")]),
        ("The White House and State Department", [("White House", "USA", "seat"), ("State Department", "USA", "seat")]),
        ("the Pentagon and the Blue House", [("Pentagon", "USA", "seat"), ("Blue House", "KOR", "seat")]),
        ("the Elysee and the Quai d'Orsay", [("Elysee", "FRA", "seat"), ("Quai d'Orsay", "FRA", "seat")]),
        ("Downing Street and Whitehall", [("Downing Street", "GBR", "seat"), ("Whitehall", "GBR", "seat")]),
        ("Zhongnanhai and Beijing", [("Zhongnanhai", "CHN", "seat"), ("Beijing", "CHN", "capital")]),
        ("officials in Washington, D.C. said", [("Washington, D.C.", "USA", "capital")]),
        ("Mexico City and New Delhi", [("Mexico City", "MEX", "capital"), ("New Delhi", "IND", "capital")]),
    ],
)
def test_capitals_and_seats(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the UN slapped sanctions", [("UN", "UN", "name")]),
        ("the U.N. Security Council met", [("U.N. Security Council", "UN", "name")]),
        ("the United Nations Security Council was set to meet", [("United Nations Security Council", "UN", "name")]),
        ("The UNSC passed Resolution 2371", [("UNSC", "UN", "name")]),
        ("the UN General Assembly", [("UN General Assembly", "UN", "name")]),
        ("the European Union and NATO", [("European Union", "EU", "name"), ("NATO", "NATO", "name")]),
        ("the IAEA and the OPCW", [("IAEA", "IAEA", "name"), ("OPCW", "OPCW", "name")]),
        ("ASEAN, the African Union and the Arab League", [("ASEAN", "ASEAN", "name"), ("African Union", "AU", "name"), ("Arab League", "LAS", "name")]),
        ("G7 and G-20 leaders", [("G7", "G7", "name"), ("G-20", "G20", "name")]),
        ("UN-backed talks", [("UN", "UN", "name")]),
    ],
)
def test_organizations(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Jong-un said", [("Kim Jong-un", "PRK", "Kim Jong-un")]),
        ("Kim Jong Un said", [("Kim Jong Un", "PRK", "Kim Jong-un")]),
        ("Kim Jong-Un's regime", [("Kim Jong-Un", "PRK", "Kim Jong-un")]),
        ("Ri Yong-ho and Ri Yong Ho and Ri Yong-Ho", [("Ri Yong-ho", "PRK", "Ri Yong-ho"), ("Ri Yong Ho", "PRK", "Ri Yong-ho"), ("Ri Yong-Ho", "PRK", "Ri Yong-ho")]),
        ("President Moon Jae-in", [("Moon Jae-in", "KOR", "Moon Jae-in")]),
        ("Recep Tayyip Erdoğan and Recep Tayyip Erdogan", [("Recep Tayyip Erdoğan", "TUR", "Recep Tayyip Erdogan"), ("Recep Tayyip Erdogan", "TUR", "Recep Tayyip Erdogan")]),
        ("Antonio Guterres and Jeffrey Feltman", [("Antonio Guterres", "UN", "Antonio Guterres"), ("Jeffrey Feltman", "UN", "Jeffrey Feltman")]),
        ("Nikki Haley spoke", [("Nikki Haley", "USA", "Nikki Haley")]),
        ("Yukiya Amano, Federica Mogherini and Jens Stoltenberg", [("Yukiya Amano", "IAEA", "Yukiya Amano"), ("Federica Mogherini", "EU", "Federica Mogherini"), ("Jens Stoltenberg", "NATO", "Jens Stoltenberg")]),
        ("Jean-Yves Le Drian met Le Drian's team", [("Jean-Yves Le Drian", "FRA", "Jean-Yves Le Drian"), ("Le Drian", "FRA", "Jean-Yves Le Drian")]),
    ],
)
def test_known_people_and_variants(text, expected):
    assert people(text) == expected


def test_person_mention_is_tagged_person():
    (mention,) = find_actors("Vladimir Putin spoke.")
    assert mention == ActorMention(0, 14, "Vladimir Putin", "RUS", "state", "Vladimir Putin", "person")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A surname alone resolves when the gazetteer knows one such person.
        ("Putin and Macron spoke.", [("Putin", "RUS", "Vladimir Putin"), ("Macron", "FRA", "Emmanuel Macron")]),
        ("Feltman told reporters.", [("Feltman", "UN", "Jeffrey Feltman")]),
        # "Kim" names many people; with no earlier full name it is the leader.
        ("Trump and Kim traded insults.", [("Trump", "USA", "Donald Trump"), ("Kim", "PRK", "Kim Jong-un")]),
        # The Kim trap: the first Kim introduced owns the bare surname, even after another Kim.
        (
            "South Korea's top nuclear envoy Kim Hong-kyun met French officials. "
            "North Korean leader Kim Jong-un said in his speech that a test was near. "
            "Before leaving for France on Tuesday, Kim hailed the meeting.",
            [("Kim Hong-kyun", "KOR", "Kim Hong-kyun"), ("Kim Jong-un", "PRK", "Kim Jong-un"), ("Kim", "KOR", "Kim Hong-kyun")],
        ),
        ("Kim Yo-jong arrived. Kim said", [("Kim Yo-jong", "PRK", "Kim Yo-jong"), ("Kim", "PRK", "Kim Yo-jong")]),
        ("Syrian President Bashar al-Assad and al-Assad and Assad", [("Bashar al-Assad", "SYR", "Bashar al-Assad"), ("al-Assad", "SYR", "Bashar al-Assad"), ("Assad", "SYR", "Bashar al-Assad")]),
        # A surname before any full name, shared in the gazetteer, stays unresolved.
        ("Ri said the talks were over.", []),
        # Part of another full name: not the gazetteer person.
        ("Kim Hyun-woo and Ivanka Trump", []),
    ],
)
def test_surname_coreference(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian Deputy Foreign Minister Igor Morgulov said. Morgulov added", [("Igor Morgulov", "RUS", "Igor Morgulov"), ("Morgulov", "RUS", "Igor Morgulov")]),
        ("French foreign ministry spokeswoman Agnes Romatet-Espagne stressed", [("Agnes Romatet-Espagne", "FRA", "Agnes Romatet-Espagne")]),
        ("US director of national intelligence Dan Coatsworth said", [("Dan Coatsworth", "USA", "Dan Coatsworth")]),
        ("met North Korea's Foreign Minister Ri Yong-gil and Vice Foreign Minister Pak Chol-su", [("Ri Yong-gil", "PRK", "Ri Yong-gil"), ("Pak Chol-su", "PRK", "Pak Chol-su")]),
        ("UN Undersecretary General for political affairs Jeffrey Feltmann", [("Jeffrey Feltmann", "UN", "Jeffrey Feltmann")]),
        ("and Political Director of the French Foreign Ministry Nicolas de Riviere.", [("Nicolas de Riviere", "FRA", "Nicolas de Riviere")]),
        ("Jo Jong Chol, spokesman at the North Korean mission, confirmed it. Jo added", [("Jo Jong Chol", "PRK", "Jo Jong Chol"), ("Jo", "PRK", "Jo Jong Chol")]),
        ("Chinese ambassador Zhang Ming said. Zhang added", [("Zhang Ming", "CHN", "Zhang Ming"), ("Zhang", "CHN", "Zhang Ming")]),
        ("said Egyptian Ambassador Ahmed Maher el-Sayed.", [("Ahmed Maher el-Sayed", "EGY", "Ahmed Maher el-Sayed")]),
        ("said Iraqi Gen. Ali Hassan, the commander", [("Ali Hassan", "IRQ", "Ali Hassan")]),
        ("the head of U.S. Trust Corp. said", []),
        # No nationality, or no title: no person.
        ("Ambassador Han Song-ryol will speak.", []),
        ("More news: Bibiana Steinhaus becomes a referee", []),
        ("On Friday, Russian Deputy Foreign Minister Igor Morgulov said", [("Igor Morgulov", "RUS", "Igor Morgulov")]),
    ],
)
def test_titled_unknown_people(text, expected):
    assert people(text) == expected


def test_titled_unknown_person_is_tagged_title():
    *_, mention = find_actors("Russian envoy Igor Morgulov")
    assert (mention.via, mention.kind) == ("title", "state")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chad Wolf said", []),
        ("Michael Jordan played", []),
        ("Jordan and Chad voted", [("Jordan", "JOR", "name"), ("Chad", "TCD", "name")]),
        ("George Washington and the Washington Post", []),
        ("let us go", []),
        ("un-backed and UN-backed", [("UN", "UN", "name")]),
        ("KIM JONG UN MEETS PUTIN", []),
        ("US and UN officials", [("US", "USA", "name"), ("UN", "UN", "name")]),
        ("the Korean Peninsula", []),
        ("Korean officials", []),
        ("in Latin America", []),
        ("Prime Minister May", [("May", "GBR", "title")]),
        ("Prime Minister Theresa May and May", [("Theresa May", "GBR", "person"), ("May", "GBR", "surname")]),
        ("in May, and May 5, after Theresa May spoke", [("Theresa May", "GBR", "person")]),
        ("in Hong Kong", []),
        ("Bank of America and America West Airlines", []),
        ("America will not back down", [("America", "USA", "name")]),
    ],
)
def test_false_friends(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia's role", [("Russia", "RUS", "name")]),
        ("Pyongyang's irresponsible steps", [("Pyongyang", "PRK", "capital")]),
        ("Macron's office", [("Macron", "FRA", "surname")]),
        ("North Korea’s nuclear test", [("North Korea", "PRK", "name")]),
    ],
)
def test_possessives(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("North Korea fired. China and Russia, the North's backers", [("North Korea", "PRK", "name"), ("China", "CHN", "name"), ("Russia", "RUS", "name"), ("the North", "PRK", "name")]),
        ("the North Atlantic and the North", []),
        ("The Security Council met. Later the council voted", [("Security Council", "UN", "name"), ("the council", "UN", "name")]),
        ("the city council voted", []),
        ("The UNSC met. The council voted", [("UNSC", "UN", "name"), ("The council", "UN", "name")]),
    ],
)
def test_context_phrases(text, expected):
    assert mentions(text) == expected


def test_mentions_are_ordered_non_overlapping_slices():
    text = "US President Donald Trump and his Russian counterpart Vladimir Putin\u00a0discussed North Korea; Trump said."
    found = find_actors(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert [m.text for m in found] == ["US", "Donald Trump", "Russian", "Vladimir Putin", "North Korea", "Trump"]


def test_names_span_line_breaks_and_nbsp():
    assert mentions("the United\nNations and South\u00a0Korea") == [("United\nNations", "UN", "name"), ("South\u00a0Korea", "KOR", "name")]


def test_known_actors_cover_un_members_observers_and_more():
    actors = known_actors()
    codes = [a.code for a in actors]
    states = [a for a in actors if a.kind == "state"]
    assert len(codes) == len(set(codes))
    assert len(states) >= 197
    assert {"PRK", "KOR", "PSE", "VAT", "TWN", "XKX", "UN", "EU", "IAEA", "NATO", "ASEAN", "AU", "OPCW"} <= set(codes)


def test_actor_info():
    info = actor_info("PRK")
    assert (info.name, info.kind) == ("North Korea", "state")
    assert {"DPRK", "North Korean", "Pyongyang"} <= set(info.aliases)
    assert actor_info("UN").kind == "organization"
    assert actor_info("XXX") is None


@pytest.mark.parametrize(
    "person, expected",
    [("Xi Jinping", "Xi"), ("Moon Jae-in", "Moon"), ("Vladimir Putin", "Putin"), ("Jane Unknown Doe", "Doe")],
)
def test_surname_of_follows_the_gazetteer_name_order(person, expected):
    assert surname_of(person) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The North fired a missile.", ["The North"]),
        ("He said the North would talk.", ["the North"]),
        ("Seize the North Atlantic routes.", []),
        ("Bathe North of the river.", []),
        ("Lathe north", []),
        ("the  North-east", []),
        ("(the North)", ["the North"]),
    ],
)
def test_context_phrase_is_a_whole_word_phrase(text, expected):
    """The boundary before a context phrase is tested after its first letter; it must still
    refuse a phrase glued to a longer word or continued by a name."""
    pattern = actors_module._context_pattern("the North")
    assert [m.group() for m in pattern.finditer(text)] == expected


def definite(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.person) for m in find_actors(text) if m.via == "definite"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gazetteer role: "Secretary of State" for Tillerson
        ("Rex Tillerson arrived in Tokyo. The Secretary said talks had failed.", [("Secretary", "USA", "Rex Tillerson")]),
        # a title written before an unknown name, and modifiers that narrow it
        ("Russian Deputy Foreign Minister Igor Morgulov spoke. Later the deputy minister left.",
         [("minister", "RUS", "Igor Morgulov")]),
        # an apposition after the name gives the title; spokeswoman and spokesman are one title
        ("Ana Pereira, spokeswoman at the Brazilian mission, spoke. The spokesperson said no.",
         [("spokesperson", "BRA", "Ana Pereira")]),
        # the most recent holder of the title wins
        ("President Emmanuel Macron met President Vladimir Putin. The president said it was useful.",
         [("president", "RUS", "Vladimir Putin")]),
        # a state or organization among the modifiers must be the person's
        ("UN envoy Jeffrey Feltman met Ri. The UN envoy said more.", [("envoy", "UN", "Jeffrey Feltman")]),
        ("UN envoy Jeffrey Feltman met Ri. The Chinese envoy said more.", []),
        # no earlier holder, a name after the title, a plural, an apposition: nothing
        ("The minister said the talks failed.", []),
        ("Igor Morgulov, a deputy minister, spoke. The ambassador said no.", []),
        ("Sergei Lavrov spoke. Then the Minister Wang Yi replied.", []),
        ("Sergei Lavrov and Wang Yi spoke. The ministers agreed.", []),
        ("said Iraqi Gen. Ali Hassan, the commander", []),
    ],
)
def test_definite_titles(text, expected):
    assert definite(text) == expected
