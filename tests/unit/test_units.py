from datetime import date

import pint
import pytest

from checker.lexicon import units


@pytest.mark.parametrize(
    "word, name, dimension",
    [
        ("troops", "person", "[personnel]"),
        ("soldiers", "person", "[personnel]"),
        ("servicemen", "person", "[personnel]"),
        ("Marines", "person", "[personnel]"),
        ("shells", "munition", "[munition]"),
        ("km", "kilometer", "[length]"),
        ("miles", "mile", "[length]"),
        ("hectares", "hectare", "[length] ** 2"),
        ("euros", "EUR", "[currency_EUR]"),
        ("CHF", "CHF", "[currency_CHF]"),
    ],
)
def test_words_name_units_from_the_definitions_file(word, name, dimension):
    unit = units.lookup(word)
    assert (unit.name, unit.dimension) == (name, dimension)


@pytest.mark.parametrize("word", ["in", "a", "at", "day", "pounds", "jobs", "plan", "6.2"])
def test_ordinary_words_are_not_units(word):
    assert units.lookup(word) is None


def test_words_that_follow_numbers_in_prose_are_units_only_in_compounds():
    assert units.lookup("day") is None
    assert units.lookup("day", in_compound=True).dimension == "[time]"


def test_decades_are_ten_years_not_a_factor():
    assert units.convert(2, units.lookup("decades").name, "year") == pytest.approx(20)
    assert units.scale_of("decades") is None


def test_offset_temperatures_convert():
    assert units.convert(30, "degree_Celsius", "degree_Fahrenheit") == pytest.approx(86)


def test_units_of_one_dimension_convert():
    assert units.convert(40, "kilometer", "mile") == pytest.approx(24.855, rel=1e-3)


def test_currencies_never_convert_without_a_dated_rate():
    with pytest.raises(pint.DimensionalityError):
        units.convert(6, "EUR", "USD")


def test_currencies_convert_at_the_ecb_rate_of_the_day():
    assert units.exchange_rate("EUR", "USD", date(2025, 2, 21)) == pytest.approx(1.0465)
    assert units.convert_money(6e9, "EUR", "USD", date(2025, 2, 21)) == pytest.approx(6.279e9)


def test_cross_rates_go_through_the_euro():
    pounds_in_dollars = units.exchange_rate("GBP", "USD", date(2025, 2, 21))
    euros = units.exchange_rate("GBP", "EUR", date(2025, 2, 21))
    assert pounds_in_dollars == pytest.approx(euros * 1.0465)


def test_rates_outside_the_ecb_history_are_unavailable():
    assert units.rate_available("USD", date(2025, 2, 21))
    assert not units.rate_available("USD", date(1990, 1, 1))
    assert not units.rate_available("XYZ", date(2025, 2, 21))


def test_the_registry_holds_rate_tables_of_a_bounded_number_of_dates(monkeypatch):
    monkeypatch.setattr(units, "EXCHANGE_DATES_KEPT", 3)
    days = [date(2024, 3, day) for day in range(4, 9)]
    rates = [units.exchange_rate("EUR", "USD", day) for day in days]
    held = [name for name in units.registry()._contexts if name.startswith("ecb-")]
    assert len(held) <= 3
    assert "ecb-2024-03-08" in held and "ecb-2024-03-04" not in held
    # A removed date is built again when asked for, with the same rate.
    assert units.exchange_rate("EUR", "USD", days[0]) == rates[0]


def test_reference_rates_are_the_ones_currency_converter_gives_on_business_days_and_after():
    from currency_converter import CurrencyConverter

    library = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_missing_rate_method="last_known")
    rates = units._rates()
    # A Friday, the Saturday and Sunday after it (the Friday's rate), and a day of a holiday.
    for day in (date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3), date(2023, 12, 25)):
        for code in ("USD", "GBP", "JPY", "CHF"):
            assert rates.rate(code, day) == pytest.approx(library.convert(1, "EUR", code, date=day), rel=1e-12)
    assert rates.bounds("USD") == tuple(library.bounds["USD"])


@pytest.mark.parametrize("word, name", [("celcius", "degree_Celsius"), ("farenheit", "degree_Fahrenheit"), ("kilometers", "kilometer")])
def test_a_long_unit_name_misspelt_by_one_letter_is_still_read(word, name):
    assert units.lookup(word).name == name


@pytest.mark.parametrize("word", ["millions", "thousand", "bn", "lakh"])
def test_scale_words_come_from_plain_number_definitions(word):
    assert units.scale_of(word) > 1


@pytest.mark.parametrize("word", ["turns", "officials", "km", "minutes"])
def test_words_that_are_no_plain_number_are_no_scale(word):
    assert units.scale_of(word) is None
