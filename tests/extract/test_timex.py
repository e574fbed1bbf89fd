import datetime as dt

import pytest

from timeline.extract.timex import Timex, find_timexes


def _d(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _one(sentence: str, reference: str, phrase: str, anchor: str | None = None) -> Timex:
    found = [t for t in find_timexes(sentence, _d(reference), anchor=_d(anchor)) if t.phrase == phrase]
    assert len(found) == 1, [t.phrase for t in find_timexes(sentence, _d(reference), anchor=_d(anchor))]
    return found[0]


# sentence, dateline, anchor, phrase (words that fixed the date), event date, precision
EVENT_DATES = [
    # weekdays: past tense -> on or before the dateline; future -> on or after
    ("Putin and Macron agreed in a phone call on Friday that talks are the only way.", "2017-09-15", None, "on Friday", "2017-09-15", "day"),
    ("On Thursday, the ambassador met with Feltman.", "2017-12-15", None, "On Thursday", "2017-12-14", "day"),
    ("Russia backed the new UN sanctions on Monday.", "2017-09-15", None, "on Monday", "2017-09-11", "day"),
    ("The Security Council was set to meet on Friday to discuss the crisis.", "2017-12-15", None, "on Friday", "2017-12-15", "day"),
    ("The council will meet on Monday.", "2017-12-15", None, "on Monday", "2017-12-18", "day"),
    ("On Monday, the ministers will meet in Geneva.", "2017-12-15", None, "On Monday", "2017-12-18", "day"),
    ("The ministry said in a statement Friday that the call went well.", "2017-05-20", None, "Friday", "2017-05-19", "day"),
    ("The two sides agreed Wednesday to hold talks.", "2017-01-25", None, "Wednesday", "2017-01-25", "day"),
    ("Taking the oath of office on Wednesday, Moon said he will fly to Washington.", "2017-05-20", None, "on Wednesday", "2017-05-17", "day"),
    ("Before leaving for France on Tuesday, Kim said Seoul is considering it.", "2017-01-25", None, "on Tuesday", "2017-01-24", "day"),
    ("The envoy arrived last Friday.", "2017-12-15", None, "last Friday", "2017-12-08", "day"),
    ("The envoy arrives next Friday.", "2017-12-13", None, "next Friday", "2017-12-15", "day"),
    ("They met on Friday morning.", "2017-12-15", None, "on Friday morning", "2017-12-15", "day"),
    # a period closing an abbreviation ("U.S.", "Gen.") does not cut the clause off its tense
    ("Moon Jae-in will meet U.S. President Donald Trump on Saturday, his office said.", "2017-09-15", None, "on Saturday", "2017-09-16", "day"),
    ("Kim will meet Gen. Mattis on Saturday.", "2017-09-15", None, "on Saturday", "2017-09-16", "day"),
    ("Kim will fly to the U.S. on Saturday.", "2017-09-15", None, "on Saturday", "2017-09-16", "day"),
    ("The envoy left. The talks resumed on Saturday.", "2017-09-15", None, "on Saturday", "2017-09-09", "day"),
    # a scheduled act in the present tense points ahead; an "-ed" adjective is no past tense
    ("The two leaders meet separately Monday with the envoy.", "1998-05-01", None, "Monday", "1998-05-04", "day"),
    ("The ministers convene in Vienna on Tuesday.", "2017-09-15", None, "on Tuesday", "2017-09-19", "day"),
    ("The split would be paid on a still unspecified date to holders of record Dec. 21.", "1989-10-26", None, "Dec. 21", "1989-12-21", "day"),
    ("The firm redeemed the preferred shares on Oct. 3.", "1989-10-26", None, "on Oct. 3", "1989-10-03", "day"),
    # an "-ed" word after "will" in the same clause is no past tense; after "would have" it is
    ("The bank said it will redeem 9.5 million Series H preferred shares on Oct. 31.", "1989-10-26", None, "on Oct. 31", "1989-10-31", "day"),
    ("The bank would have redeemed the shares on Oct. 3.", "1989-10-26", None, "on Oct. 3", "1989-10-03", "day"),
    # a postponement points ahead
    ("The bid was extended to Nov. 16.", "1989-10-30", None, "Nov. 16", "1989-11-16", "day"),
    ("The vote was postponed until Nov. 16.", "1989-10-30", None, "until Nov. 16", "1989-11-16", "day"),
    # month and day
    ("The council adopted a resolution on August 5.", "2017-11-25", None, "on August 5", "2017-08-05", "day"),
    ("The council adopted a resolution on 5 August.", "2017-11-25", None, "on 5 August", "2017-08-05", "day"),
    ("The vote took place Dec. 20.", "2018-01-10", None, "Dec. 20", "2017-12-20", "day"),
    ("The summit is scheduled for Dec. 20.", "2017-11-25", None, "for Dec. 20", "2017-12-20", "day"),
    ("The treaty was signed on Aug 5, 2016.", "2017-11-25", None, "on Aug 5, 2016", "2016-08-05", "day"),
    ("It was signed September 15, 2017 in Vienna.", "2017-11-25", None, "September 15, 2017", "2017-09-15", "day"),
    ("The report is dated 2017-09-15.", "2017-11-25", None, "2017-09-15", "2017-09-15", "day"),
    # a weekday written with the date fixes its year
    ("The Times said in an editorial on Saturday, April 25: the court erred.", "1998-04-24", None, "on Saturday, April 25", "1998-04-25", "day"),
    ("The Times said in an editorial on Monday, Oct. 26: the murder shocked.", "1998-10-25", None, "on Monday, Oct. 26", "1998-10-26", "day"),
    ("The anniversary falls on Friday, 13 January.", "2017-12-15", None, "on Friday, 13 January", "2017-01-13", "day"),
    # months and years
    ("The two met in June to prepare the talks.", "2017-01-25", None, "in June", "2016-06-01", "month"),
    ("The two will meet in June.", "2017-01-25", None, "in June", "2017-06-01", "month"),
    ("The talks were held in June 2016.", "2017-01-25", None, "in June 2016", "2016-06-01", "month"),
    ("The talks collapsed last June.", "2017-09-25", None, "last June", "2017-06-01", "month"),
    # the tense cue nearest the expression decides; a participle after "be" is not past
    ("The envoy, who arrived Thursday for talks likely to last a week, met Kim.", "2017-12-15", None, "Thursday", "2017-12-14", "day"),
    ("Collins will be named commander for a mission in December.", "2017-03-04", None, "in December", "2017-12-01", "month"),
    ("The deal is expected to be completed by Dec. 15.", "2017-10-31", None, "by Dec. 15", "2017-12-15", "day"),
    # "by", "until": a deadline ahead, unless the clause is pluperfect
    ("The court ruled that the boy must return to his father by Jan. 14.", "2017-01-05", None, "by Jan. 14", "2017-01-14", "day"),
    ("The relatives have until Tuesday to sign.", "2017-04-03", None, "until Tuesday", "2017-04-04", "day"),
    ("The father would be traveling to the United States Thursday.", "2000-04-05", None, "Thursday", "2000-04-06", "day"),
    ("The group could leave as soon as Tuesday.", "2000-04-03", None, "as soon as Tuesday", "2000-04-04", "day"),
    ("Thirty members had filed reports by Wednesday.", "2017-08-16", None, "by Wednesday", "2017-08-16", "day"),
    ("The firm had bought 481,000 shares until Sept. 29.", "2017-10-30", None, "until Sept. 29", "2017-09-29", "day"),
    ("In January, the company brought in a new chief executive.", "2017-10-27", None, "In January", "2017-01-01", "month"),
    ("Revenue was $76 million for the year ended March 31, the firm said it expects to be paid.", "2017-11-01", None, "March 31", "2017-03-31", "day"),
    ("The talks collapsed in 2008 after the launch.", "2017-05-20", None, "in 2008", "2008-01-01", "year"),
    ("The ban has held since 2011.", "2017-05-20", None, "since 2011", "2011-01-01", "year"),
    # weeks and weekends
    ("Tillerson offered talks this week.", "2017-12-15", None, "this week", "2017-12-11", "week"),
    ("Tillerson offered talks last week.", "2017-12-15", None, "last week", "2017-12-04", "week"),
    ("Talks are planned next week.", "2017-12-15", None, "next week", "2017-12-18", "week"),
    ("Feltman visited Pyongyang last weekend.", "2017-12-15", None, "last weekend", "2017-12-04", "week"),
    ("Feltman visits Pyongyang this weekend.", "2017-12-13", None, "this weekend", "2017-12-11", "week"),
    # months and years relative to the dateline
    ("It carried out its sixth nuclear test earlier this month.", "2017-09-15", None, "earlier this month", "2017-09-01", "month"),
    ("Sanctions were tightened last month.", "2017-09-15", None, "last month", "2017-08-01", "month"),
    ("The fund will grow next month.", "2017-12-15", None, "next month", "2018-01-01", "month"),
    ("The law passed earlier this year.", "2017-09-15", None, "earlier this year", "2017-01-01", "year"),
    ("The law passed last year.", "2017-09-15", None, "last year", "2016-01-01", "year"),
    ("Over the past year, the council has adopted three rounds of sanctions.", "2017-12-15", None, "Over the past year", "2017-01-01", "year"),
    ("They will meet again in Seoul before the end of the year.", "2017-01-25", None, "before the end of the year", "2017-01-01", "year"),
    # days relative to the dateline
    ("The minister spoke today.", "2017-12-15", None, "today", "2017-12-15", "day"),
    ("The minister spoke yesterday.", "2017-12-15", None, "yesterday", "2017-12-14", "day"),
    ("The minister will speak tomorrow.", "2017-12-15", None, "tomorrow", "2017-12-16", "day"),
    ("The minister spoke this morning.", "2017-12-15", None, "this morning", "2017-12-15", "day"),
    ("The minister spoke last night.", "2017-12-15", None, "last night", "2017-12-14", "day"),
    ("A missile was fired tonight.", "2017-12-15", None, "tonight", "2017-12-15", "day"),
    # holidays
    ("In his New Year's speech, Kim offered talks.", "2017-01-25", None, "New Year's speech", "2017-01-01", "day"),
    ("In his New Year’s Day address, Kim offered talks.", "2017-01-25", None, "New Year’s Day address", "2017-01-01", "day"),
    ("The leaders spoke on Christmas Eve.", "2017-01-10", None, "on Christmas Eve", "2016-12-24", "day"),
    # anaphoric: counted from the anchor
    ("A month later, the council adopted another resolution.", "2017-11-25", "2017-08-05", "A month later", "2017-09-01", "month"),
    ("Two days later, the envoy left.", "2017-11-25", "2017-08-05", "Two days later", "2017-08-07", "day"),
    ("The envoy left the next day.", "2017-11-25", "2017-08-05", "the next day", "2017-08-06", "day"),
    ("Talks resumed the following week.", "2017-11-25", "2017-08-05", "the following week", "2017-08-07", "week"),
    ("The envoy left the next day.", "2017-11-25", None, "the next day", "2017-11-26", "day"),
    # a date the sentence itself fixes comes before the discourse's anchor
    ("Sanctions were adopted in August, and late that month the envoy visited.", "2017-11-25", "2017-10-02", "late that month", "2017-08-01", "month"),
    ("Kim visited Beijing on March 25 and that day met Xi.", "2017-11-25", "2017-10-02", "that day", "2017-03-25", "day"),
    ("The ministers met on Oct. 12, two days after the vote in Geneva.", "2017-11-25", "2017-11-01", "two days after", "2017-10-10", "day"),
    ("Seoul protested on Sept. 4, a day before the envoy arrived.", "2017-11-25", None, "a day before", "2017-09-05", "day"),
    ("The envoy met Lavrov on Tuesday after landing in Moscow earlier in the day.", "2017-12-15", "2017-12-01", "earlier in the day", "2017-12-12", "day"),
    ("The council condemned the launch carried out earlier in the day.", "2017-12-15", "2017-12-11", "earlier in the day", "2017-12-11", "day"),
    ("A day after, the envoy left.", "2017-11-25", "2017-08-05", "A day after", "2017-08-06", "day"),
    # "days after": placed only when its window falls inside one week
    ("South Korea accepted the invitation, days after a new president took office.", "2017-05-20", "2017-05-17", "days after", "2017-05-15", "week"),
    ("ago: the attack came three days ago.", "2017-12-15", None, "three days ago", "2017-12-12", "day"),
    ("The treaty was signed two years ago.", "2017-12-15", None, "two years ago", "2015-01-01", "year"),
]


@pytest.mark.parametrize(("sentence", "reference", "anchor", "phrase", "date", "precision"), EVENT_DATES)
def test_event_date(sentence, reference, anchor, phrase, date, precision):
    timex = _one(sentence, reference, phrase, anchor)
    assert (timex.date, timex.precision) == (_d(date), precision)


# sentence, dateline, TIMEX3 extent, type, value
TIMEX3_ANNOTATIONS = [
    ("They met on Friday.", "2017-09-15", "Friday", "DATE", "2017-09-15"),
    ("They met in June.", "2017-01-25", "June", "DATE", "2016-06"),
    ("Talks were held this week.", "2017-12-15", "this week", "DATE", "2017-W50"),
    ("Feltman visited last weekend.", "2017-12-15", "last weekend", "DATE", "2017-W49-WE"),
    ("The ban has lasted three years.", "2017-12-15", "three years", "DURATION", "P3Y"),
    ("They held a 30-minute meeting.", "2017-12-15", "30-minute", "DURATION", "PT30M"),
    ("A four-day visit ended.", "2017-12-15", "four-day", "DURATION", "P4D"),
    ("It took several years.", "2017-12-15", "several years", "DURATION", "PXY"),
    ("It took 5 1/2 hours.", "2017-12-15", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("Now is not the time.", "2017-12-15", "Now", "DATE", "PRESENT_REF"),
    ("The envoy recently visited.", "2017-12-15", "recently", "DATE", "PAST_REF"),
    ("Talks may resume in the future.", "2017-12-15", "the future", "DATE", "FUTURE_REF"),
    ("Profit rose in the third quarter.", "2017-12-15", "the third quarter", "DATE", "2017-Q3"),
    ("Profit rose in the fourth quarter.", "2017-05-15", "the fourth quarter", "DATE", "2016-Q4"),
    ("Troops pulled out last fall.", "2018-02-06", "last fall", "DATE", "2017-FA"),
    ("Sanctions date from the 1990s.", "2017-12-15", "the 1990s", "DATE", "199"),
    ("The report is published daily.", "2017-12-15", "daily", "SET", "P1D"),
    ("They meet twice a year.", "2017-12-15", "twice a year", "SET", "P1Y"),
    ("They meet every Monday.", "2017-12-15", "every Monday", "SET", "XXXX-WXX-1"),
    ("The vote is at 9:15 a.m. Friday.", "2017-12-15", "9:15 a.m. Friday", "TIME", "2017-12-15T09:15"),
    ("The session opens at noon tomorrow.", "2017-12-15", "noon tomorrow", "TIME", "2017-12-16T12:00"),
    ("Prices rose 5% a year earlier.", "2017-12-15", "a year earlier", "DATE", "2016"),
    ("The talks began in mid-November.", "2017-12-15", "mid-November", "DATE", "2017-11"),
    ("The plan takes effect early next year.", "2017-12-15", "early next year", "DATE", "2018"),
    ("The envoy left late yesterday.", "2017-12-15", "late yesterday", "DATE", "2017-12-14"),
    ("Shares rose Friday, Oct. 23, in Tokyo.", "2017-12-15", "Friday, Oct. 23", "DATE", "2017-10-23"),
    ("Prices fell in recent years.", "2017-12-15", "recent years", "DURATION", "PXY"),
    ("Insurance has been a tough business in recent quarters.", "1989-11-02", "recent quarters", "DURATION", "PXM"),
    ("The warrants may be exercised until 90 days after their issue date.", "1989-11-02", "90 days", "DURATION", "P90D"),
    ("Eight trading days after Oct. 12, the index fell.", "1989-11-02", "Eight trading days|Oct. 12", "DURATION|DATE", "P8D|1989-10-12"),
    ("The rate is the lowest for almost two decades.", "1998-02-06", "almost two decades", "DURATION", "P20Y"),
    ("The region has been fought over for three centuries.", "1998-02-06", "three centuries", "DURATION", "P300Y"),
    ("Talks may resume in the coming weeks.", "2017-12-15", "coming weeks", "DURATION", "PXW"),
    ("Profit fell in the 1988 second quarter.", "2017-12-15", "the 1988 second quarter", "DATE", "1988-Q2"),
    ("Third-quarter profit fell.", "2017-12-15", "Third-quarter", "DATE", "2017-Q3"),
    # earnings reports: "a year ago" is the reported quarter one year back
    ("Profit rose to $98 million from $71 million a year ago.", "1989-10-26", "a year ago", "DATE", "1988-Q3"),
    ("Net rose to $87 million from $58 million a year earlier.", "1989-10-26", "a year earlier", "DATE", "1988-Q3"),
    ("In the year-ago quarter, the company earned $2 million.", "1989-11-02", "the year-ago quarter", "DATE", "1988-Q3"),
    ("Loans were $6 million in the quarter.", "1989-11-02", "the quarter", "DATE", "1989-Q3"),
    ("It posted a loss in the 1988 period.", "1989-11-02", "the 1988 period", "DATE", "1988-Q3"),
    ("Net for the nine months was $254 million.", "1989-10-26", "the nine months", "DURATION", "P9M"),
    ("Revenue was $76 million for the year ended March 31.", "1989-11-02", "the year|March 31", "DURATION|DATE", "P1Y|1989-03-31"),
    ("It expects a loss for the fiscal year ending June 30, 1990.", "1989-11-02", "the fiscal year|June 30, 1990", "DURATION|DATE", "P1Y|1990-06-30"),
    ("Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", "DATE", "1989"),
    ("For the year, profit was flat.", "1989-11-02", "the year", "DATE", "1989"),
    ("Sales for the full year were $6.6 billion.", "2013-02-20", "the full year", "DATE", "2012"),
    ("They waited for the year to end.", "1989-11-02", None, None, None),
    ("Sales in the latest period were $1.76 billion.", "1989-11-02", "the latest period", "DATE", "1989-Q3"),
    ("The treaty was signed a year ago.", "2017-12-15", "a year ago", "DATE", "2016"),
    ("Oil fell in nineteen ninety-six.", "1998-02-23", "nineteen ninety-six", "DATE", "1996"),
    ("January nineteen ninety-seven.", "1998-02-23", "January nineteen ninety-seven", "DATE", "1997-01"),
    ("The goal was set for the year two thousand.", "1998-02-23", "the year two thousand", "DATE", "2000"),
    ("They paid two thousand dollars.", "1998-02-23", None, None, None),
    ("It took two and a half years.", "1998-02-23", "two and a half years", "DURATION", "P2Y6M"),
    ("It extended the offer until 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00"),
    ("Sales in the current fiscal year will rise.", "1989-11-02", "the current fiscal year", "DATE", "1989"),
    ("The six-year-old boy spoke.", "2017-12-15", None, None, None),
    ("He arrived in Philadelphia later in the day.", "1998-02-13", "the day", "DATE", "1998-02-13"),
    ("Prices rose in the nineties.", "1998-02-13", "the nineties", "DATE", "199"),
    ("Prices rose in the late sixties.", "1998-02-13", "the late sixties", "DATE", "196"),
    ("The roaring twenties are back.", "2017-12-15", None, None, None),
    ("It took two more weeks.", "1998-02-13", "two more weeks", "DURATION", "P2W"),
    ("Talks began on Oct. 12, two days after the vote.", "2017-11-25", "Oct. 12|two days", "DATE|DURATION", "2017-10-12|P2D"),
    ("Talks began on Oct. 12, and at 5 p.m. the envoy left.", "2017-11-25", "Oct. 12|5 p.m.", "DATE|TIME", "2017-10-12|2017-10-12T17:00"),
    ("About three-quarters of voters agreed.", "2017-12-15", None, None, None),
    # a rate is no span; an ordinal is no second; a capitalized unit inside a sentence is a title
    ("The cut saves $500 million a year in costs.", "2017-12-15", None, None, None),
    ("Qantas runs four flights a week to Bombay.", "2017-12-15", None, None, None),
    ("The envoy flew there twice a week.", "2017-12-15", "twice a week", "SET", "P1W"),
    ("A second group of directors joined.", "2017-12-15", None, None, None),
    ("It took a second or two.", "2017-12-15", "a second", "DURATION", "PT1S"),
    ("Baker said on ABC's This Week that talks failed.", "2017-12-15", None, None, None),
    ("Gonzalez said on CBS's 60 Minutes that he was abused.", "2017-12-15", None, None, None),
    ("Weeks later, the talks resumed.", "2017-12-15", "Weeks", "DURATION", "PXW"),
    ("Eastern Airlines flew.", "2017-12-15", None, None, None),
]


@pytest.mark.parametrize(("sentence", "reference", "text", "type_", "value"), TIMEX3_ANNOTATIONS)
def test_timex3_annotation(sentence, reference, text, type_, value):
    found = find_timexes(sentence, _d(reference))
    expected = list(zip(text.split("|"), type_.split("|"), value.split("|"))) if text else []
    assert [(t.text, t.type, t.value) for t in found] == expected


NOT_TIMEXES = [
    "It may rain on the delegation.",
    "Troops march into the city.",
    "The Arab Spring changed the region.",
    "The company employs 1,500 people and $2000 was paid.",
    "Prices could fall sharply.",
    "He said it in a speech.",
]


@pytest.mark.parametrize("sentence", NOT_TIMEXES)
def test_no_timex_in_ordinary_words(sentence):
    assert find_timexes(sentence, dt.date(2017, 12, 15)) == []


def test_vague_offset_without_anchor_places_no_event():
    timex = _one("South Korea accepted, days after a new president took office.", "2017-05-20", "days after")
    assert (timex.text, timex.type, timex.value, timex.date) == ("days", "DURATION", "PXD", None)


def test_phrase_offsets_index_the_text():
    sentence = "Putin and Macron spoke on Friday and met in June."
    for timex in find_timexes(sentence, dt.date(2017, 9, 15)):
        assert sentence[timex.phrase_start:timex.phrase_end] == timex.phrase
        assert timex.phrase_start <= timex.start < timex.end <= timex.phrase_end


def test_explanation_names_phrase_dateline_and_reading():
    timex = _one("On Thursday, the ambassador met with Feltman.", "2017-12-15", "On Thursday")
    assert timex.explanation == (
        '"On Thursday", read against the dateline Friday 15 December 2017: '
        "Thursday 14 December 2017, day precision"
    )


def test_explanation_of_anaphoric_names_the_anchor():
    timex = _one("A month later, it adopted another.", "2017-11-25", "A month later", "2017-08-05")
    assert "Saturday 5 August 2017" in timex.explanation and "September 2017" in timex.explanation


def test_explanation_of_anaphor_names_the_date_the_sentence_fixed():
    timex = _one("Kim visited Beijing on March 25 and that day met Xi.", "2017-11-25", "that day", "2017-10-02")
    assert "counted from the date the text last fixed, Saturday 25 March 2017" in timex.explanation


def test_apposition_needs_a_day_not_a_month():
    timex = _one("In January, a week after the anniversary, a doctor was shot.", "1998-10-25", "a week", "1998-09-01")
    assert timex.date is None


def test_timex_built_by_hand_defaults_phrase_to_extent():
    timex = Timex(3, 9, "Friday", "DATE", "2017-09-15", dt.date(2017, 9, 15), "day", "x")
    assert (timex.phrase_start, timex.phrase_end, timex.phrase) == (3, 9, "Friday")


ODD_INPUTS = [
    "", " ", "\x00\x01", "31/02/2017", "February 30", "Feb. 29", "9999-12-31", "December 31, 9999",
    "0000-00-00", "99:99 p.m.", "13 p.m. Friday", "on the 40th of Smarch", "a" * 5000,
    "now " * 500, "the 1990s '90s", "New Year’s Eve, 2017 Christmas", "12/31/99 and 1/1/00",
    "the following Monday the previous Friday", "twenty-nine and a half years ago",
    "the past", "in the spring of 9999", "\u2028Monday\u00a0morning", "½ hour", "𝟚𝟘𝟙𝟟",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
@pytest.mark.parametrize("reference", [dt.date(2017, 12, 15), dt.date.min, dt.date.max])
def test_never_raises_and_offsets_are_consistent(text, reference):
    for timex in find_timexes(text, reference, anchor=reference):
        assert text[timex.start:timex.end] == timex.text
