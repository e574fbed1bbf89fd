import pytest

from timeline.extract import events as events_module
from timeline.extract.events import EVENT_TYPES, MOODS, find_triggers


def events(sentence):
    """(type, trigger text) of the triggers that report an act: not negated, asserted or planned."""
    return [
        (t.type, t.text)
        for t in find_triggers(sentence)
        if not t.negated and t.mood in {"asserted", "future"}
    ]


def types(sentence):
    return {type_ for type_, _ in events(sentence)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The minister told reporters the talks went well.", "statement"),
        ("She voiced concern over the crisis.", "statement"),
        ("The envoy urged restraint on both sides.", "appeal"),
        ("Berlin called for new negotiations.", "appeal"),
        ("The dispute needs to be resolved peacefully, they said.", "appeal"),
        ("Tokyo offered to host the next round.", "intent"),
        ("He said he would send a special envoy.", "intent"),
        ("Paris is ready to work with its partners.", "intent"),
        ("The two presidents met in Geneva.", "consult"),
        ("The leaders held talks in Beijing.", "consult"),
        ("The ministers spoke by phone.", "consult"),
        ("The two countries agreed to cooperate on trade.", "cooperate"),
        ("They signed a defence agreement.", "cooperate"),
        ("Moscow refused to back the plan.", "refuse"),
        ("Beijing was not ready to sign up to the deal.", "refuse"),
        ("Seoul condemned the launch.", "condemn"),
        ("Cairo accused Ankara of meddling.", "condemn"),
        ("The rebels threatened to attack the capital.", "threaten"),
        ("The Council slapped new sanctions on Pyongyang.", "sanction"),
        ("Resolution 2375 was passed by the Council.", "sanction"),
        ("The North fired a ballistic missile into the sea.", "military"),
        ("Pyongyang carried out a sixth nuclear test.", "military"),
        ("She took the oath of office in Seoul.", "leadership"),
    ],
)
def test_each_type_has_grammar(sentence, expected):
    assert expected in types(sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("China says the system does little to help.", "statement"),
        ("Analysts argue that sanctions alone will not work.", "statement"),
        ("North Korea has repeatedly criticized the council.", "condemn"),
        ("The North could conduct a nuclear test at any time.", "military"),
        ("UN officials declined to comment on the meeting.", "refuse"),
        ("The officials did not commit to hold talks.", "intent"),
        ("The ministers offered to hold talks.", "consult"),
        ("They agreed in a phone call that talks are the only way.", "cooperate"),
        ("The deal would strangle the economy, he said.", "intent"),
        ("He confirmed that the ambassador will attend.", "intent"),
        ("The preparations for test-firing a missile are complete.", "military"),
    ],
)
def test_non_events_are_not_reported(sentence, absent):
    assert absent not in types(sentence)


def test_two_acts_in_one_sentence():
    sentence = "The UN slapped new sanctions on Pyongyang following its sixth nuclear test."
    assert types(sentence) == {"sanction", "military"}


def test_negation_and_mood_are_recorded():
    negated = [t for t in find_triggers("Seoul did not condemn the test.") if t.type == "condemn"]
    future = [t for t in find_triggers("The Council was set to meet on Friday.") if t.type == "consult"]
    opinion = [t for t in find_triggers("Moscow rejects the accusations.") if t.type == "refuse"]
    assert negated[0].negated
    assert future[0].mood == "future"
    assert opinion[0].mood == "opinion"


def test_present_tense_inside_a_quoted_document_is_performative():
    sentence = '"The two representatives condemn the provocations."'
    assert [t.mood for t in find_triggers(sentence) if t.type == "condemn"] == ["asserted"]


def test_bare_event_nouns_need_an_anchor():
    triggers = {t.text: t for t in find_triggers("Feltman's visit to Pyongyang ended.")}
    assert triggers["visit"].is_nominal
    owned = {t.text: t for t in find_triggers("It came after North Korea's nuclear test.")}
    assert not owned["nuclear test"].is_nominal


def test_definite_subject_remention_is_not_a_trigger():
    assert "consult" not in types("The talks collapsed in 2008.")


def test_document_being_quoted_is_not_a_new_statement():
    assert types('The statement said that the sides "underlined" the point.') == set()


def test_offsets_point_into_the_sentence():
    sentence = "On Friday, Seoul condemned the launch and urged calm."
    for trigger in find_triggers(sentence):
        assert sentence[trigger.start:trigger.end] == trigger.text


def test_every_type_has_a_cameo_root():
    assert set(EVENT_TYPES) == {
        "statement", "appeal", "intent", "consult", "cooperate", "refuse",
        "condemn", "threaten", "sanction", "military", "leadership",
    }
    assert EVENT_TYPES["sanction"] == "16"


@pytest.mark.parametrize(
    "sentence",
    [
        "He will meet Abe, could visit Seoul and often criticizes Beijing.",
        "Tokyo says it rejects the plan that would hurt trade.",
    ],
)
def test_moods_come_from_the_declared_list(sentence):
    assert {t.mood for t in find_triggers(sentence)} <= set(MOODS)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Xi invited Trump to pay a state visit.", "intent"),
        ("Washington is open to talks with Pyongyang.", "intent"),
        ("The minister arrived in Beijing for a four-day visit.", "consult"),
        ("The president will travel to Chongqing.", "consult"),
        ("The envoy paid his first visit to China.", "consult"),
        ("Trump hosted a welcome dinner for Moon.", "consult"),
        ("The two leaders will continue their talks.", "consult"),
        ("They last spoke a week ago.", "consult"),
        ("The summit will be held in Hamburg.", "consult"),
        ("Abe and Trump agreed in a phone call to work together.", "cooperate"),
        ("The ministry sent a letter, denouncing the drills.", "condemn"),
        ("Tokyo lodged a strong protest with Pyongyang.", "condemn"),
        ("The spokesman said the US would be held fully accountable.", "threaten"),
        ("The country will make the US pay a price.", "threaten"),
        ("Trump warned that North Korea would face fire and fury.", "threaten"),
        ("North Korea claimed a successful launch.", "statement"),
    ],
)
def test_general_grammar_for_unseen_outlets(sentence, expected):
    assert expected in types(sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("China is committed to the denuclearization of the peninsula.", "intent"),
        ("Wang urged the North not to conduct any more missile launches or nuclear tests.", "military"),
        ("Moon said he would 'immediately fly to Washington if necessary'.", "consult"),
        ("The two sides agreed that the pressure should grow.", "cooperate"),
        ("Kono plans to hold talks with Lavrov.", "intent"),
    ],
)
def test_stances_aims_and_quotes_are_not_acts(sentence, absent):
    kept = [t for t in find_triggers(sentence) if not t.negated and t.mood in ("asserted", "future")]
    assert absent not in [t.type for t in kept if not t.is_nominal]



@pytest.mark.parametrize(
    "sentence, speech",
    [
        ("The statement said the talks would resume, officials said on Tuesday.", ["said", "said"]),
        ("He was cited as saying that Seoul had repeatedly warned Pyongyang.", ["cited as saying", "warned"]),
        ("It also stressed, reiterated and underscored the point; Moscow agreed.",
         ["stressed", "reiterated", "underscored"]),
        ("Officials have long said—and often told reporters—that they routinely met.", ["said", "told"]),
        ("Nothing here matches at all.", []),
        ("SAID, Said and said: case does not matter; neither does a re-stated claim.",
         ["SAID", "Said", "said", "stated"]),
    ],
)
def test_gated_search_equals_a_full_regex_scan(sentence, speech):
    """Speech verbs and habitual words are looked for only at words whose opening can start
    them; the matches must be those a plain scan finds, up to any word start."""
    words = events_module._word_openings(sentence)
    for pattern, openings in [
        (events_module._SPEECH_VERB, events_module._SPEECH_VERB_OPENINGS),
        (events_module._SPEECH_BEFORE, events_module._SPEECH_BEFORE_OPENINGS),
        (events_module._HABITUAL, events_module._HABITUAL_OPENINGS),
    ]:
        for endpos in [position for position, _ in words] + [len(sentence)]:
            gated = [m.span() for m in events_module._gated_finditer(pattern, openings, sentence, words, endpos)]
            assert gated == [m.span() for m in pattern.finditer(sentence, 0, endpos)]
    found = events_module._gated_finditer(
        events_module._SPEECH_VERB, events_module._SPEECH_VERB_OPENINGS, sentence, words, len(sentence)
    )
    assert [m.group() for m in found] == speech


@pytest.mark.parametrize(
    "sentence",
    [
        "Short one.",
        "A " + "very-long-hyphenated-compound-word-that-runs-on " * 4 + "and then it ends.",
        "x" * 300 + " tail words here",
        "Officials in Tokyo, Seoul and Washington said on Tuesday that they would not meet again. " * 3,
    ],
)
def test_last_words_equal_those_of_the_whole_prefix(sentence):
    for position in range(len(sentence) + 1):
        for count in (3, 4):
            assert events_module._last_words(sentence, position, count) == events_module._WORD.findall(
                sentence[:position]
            )[-count:]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # warnings of harm, of retaliation, or not to act are threats
        ("The general warned on Monday that Iran would be met with overwhelming force.", "threaten"),
        ("Tehran warned that it would strike any base used against it.", "threaten"),
        ("Ankara warned of swift retaliation against the militias.", "threaten"),
        ("The minister warned Minsk not to test NATO's resolve.", "threaten"),
        ("The army unveiled plans to fire rockets toward the disputed islands.", "threaten"),
        ("Officials said they were drawing up plans to strike the camps.", "threaten"),
        # branding an act or a person as hostile condemns it
        ("Beijing called the arms sale \"reckless\" on Monday.", "condemn"),
        ("State television called the senator a \"warmonger\".", "condemn"),
        ("The envoy described the vote as an act of aggression.", "condemn"),
        ("Moscow firmly opposed the deployment.", "condemn"),
        # nominal and trade-cutting sanctions
        ("The move followed the EU's approval on Friday of fresh sanctions on Minsk.", "sanction"),
        ("Seoul said it would ban imports of coal from the North.", "sanction"),
        ("Beijing capped exports of jet fuel to Pyongyang.", "sanction"),
        # signing deals and declarations; refusing support
        ("The two presidents signed a joint declaration on security.", "cooperate"),
        ("The delegations signed trade deals worth $5bn.", "cooperate"),
        ("Tokyo said it would not support the draft.", "refuse"),
        # receiving or hosting someone, meetings named by both sides, departures
        ("The king received Lavrov at the palace.", "consult"),
        ("Merkel is due to host Abe in Berlin next week.", "consult"),
        ("The accord was reached after talks between Modi and Abe.", "consult"),
        ("Abe will leave for Manila on Sunday.", "consult"),
    ],
)
def test_dev2_error_classes_have_grammar(sentence, expected):
    assert expected in types(sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("She called on Hanoi to stop its provocations.", "condemn"),
        ("He warned of a humanitarian disaster.", "threaten"),
        ("The resolutions restrict coal sales, banning textile exports.", "sanction"),
        ("Officials received a letter from the envoy.", "consult"),
        ("A US-backed resolution on Syria was vetoed.", "sanction"),
    ],
)
def test_dev2_error_classes_keep_their_limits(sentence, absent):
    assert absent not in types(sentence)


def test_adoption_of_sanctions_as_an_aim_needs_a_date():
    (trigger,) = [t for t in find_triggers("Paris pushed for the adoption of tougher sanctions.") if t.type == "sanction"]
    assert trigger.is_nominal
