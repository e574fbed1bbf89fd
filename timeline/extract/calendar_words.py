"""English calendar vocabulary for `timex.py`: names, numbers, units and fixed days.

Plain tables only; the grammar that uses them lives in `timex.py`.
"""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)

# Month names that are also everyday words ("may", "march"): bare, they need a cue.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "a": 1, "an": 1, "single": 1, "a single": 1, "a couple of": 2, "a couple": 2,
    "a dozen": 12, "dozen": 12, "half a dozen": 6,
}

TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Quantities TimeML writes as "X": "several years" -> PXY.
VAGUE_NUMBER_WORDS: frozenset[str] = frozenset({
    "a few", "few", "several", "some", "many", "a number of", "numerous",
    "a couple more", "a few more", "dozens of", "hundreds of", "the next few",
})

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
    "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
    "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
    "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20,
    "20th": 20, "twenty-first": 21, "21st": 21, "twenty-second": 22, "22nd": 22,
}

# unit word -> (TIMEX3 duration letter, is a clock unit written after "T")
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False),
    "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "centurie": ("CE", False),
    "quarter": ("Q", False), "weekend": ("WE", False),
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# part of day -> TIMEX3 suffix
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI",
}

# fixed-date holidays, observed across countries: name -> (month, day)
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new year": (1, 1),
    "new years day": (1, 1), "new years": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31),
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31),
    "may day": (5, 1), "international women's day": (3, 8),
}

# set words -> TIMEX3 SET value
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y",
}

# prepositions and modifiers a reader takes with the expression ("on Friday", "over the past year")
LEADING_WORDS: tuple[str, ...] = (
    "on", "in", "at", "since", "by", "until", "till", "from", "during", "over",
    "before", "after", "within", "through", "throughout", "for", "as of", "as early as", "as soon as",
    "as late as", "no later than", "not until", "around",
)

# irregular past-tense verbs common in news, a cue that a bare date lies before the dateline
IRREGULAR_PAST: tuple[str, ...] = (
    "said", "told", "met", "took", "came", "went", "made", "gave", "held", "began", "left", "got",
    "sent", "fell", "rose", "won", "lost", "saw", "became", "spoke", "wrote", "broke", "struck",
    "fought", "led", "ran", "sold", "bought", "paid", "brought", "thought", "found", "kept", "stood",
    "sought", "taught", "caught", "chose", "drew", "drove", "flew", "fled", "grew", "knew", "meant",
    "shot", "spent", "stole", "swore", "threw", "understood", "withdrew", "overcame", "undertook",
    "arose", "built", "dealt", "felt", "froze", "heard", "hung", "lent", "slid", "shook", "sprang",
    "stuck", "swept", "tore", "wore", "woke", "ate", "forgot", "forgave", "hid", "laid", "sank",
    "sang", "slept", "bore", "oversaw", "foresaw", "rebuilt",
)
