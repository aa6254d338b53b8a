"""Actors no dictionary holds, coded by what the text says of them: one case per rule of
``actor_affiliations.py`` and of the name-reading rules beside it (``actors.py``,
``actor_matches.py``, ``coref.py``), each on a sentence of our own with invented names.

``tests/extract/test_unknown_name_probes.py`` measures the same phenomena through the whole
pipeline; these pin each rule at the actor stage, so a regression names its rule.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.dictionaries import load_actor_dictionary
from eventwire.extract.actors import extract_actors
from eventwire.models import ParsedArticle

Parse = Callable[..., ParsedArticle]
NOT_IGO = "-"  # an expected "code" saying that no mention is an international body

CASES = [
    pytest.param(
        "Nadia Haddad of the Jordanian foreign ministry criticized the decision.",
        {"Nadia Haddad": "JORGOV"},
        id="of-the-body",
    ),
    pytest.param(
        "Pedro Alves, who chairs Brazil's central bank, met IMF officials on Monday.",
        {"Pedro Alves": "BRAGOV"},
        id="who-chairs",
    ),
    pytest.param(
        "Omar Said, who was Egypt's interior minister until 2020, was arrested on Sunday.",
        {"Omar Said": "EGYELI"},
        id="who-was-a-past-office",
    ),
    pytest.param(
        "Peter Wanjala, a senior official in Kenya's interior ministry, met Somali officials.",
        {"Peter Wanjala": "KENGOV", "a senior official": "KENGOV"},
        id="official-in-a-body",
    ),
    pytest.param(
        "Hope Lira, a charity based in Uganda, appealed for aid after the floods.",
        {"a charity": "UGANGO"},
        id="based-in",
    ),
    pytest.param(
        "A Berlin-based Iranian opposition group accused the government of executing prisoners.",
        {"A Berlin-based Iranian opposition group": "IRNOPP"},
        id="x-based-gives-way-to-a-demonym",
    ),
    pytest.param(
        "The Kasai Liberation Army (KLA), a Congolese rebel group, attacked a convoy. Troops "
        "later shelled KLA positions. The KLA said it had freed the drivers.",
        {"KLA": "CODREB", "The KLA": "CODREB"},
        id="acronym-defined-beats-a-dictionary-one",
    ),
    pytest.param(
        "The Tana Freedom Movement (TFM), a Kenyan opposition group, called for protests. "
        "Police arrested 12 TFM members on Friday.",
        {"TFM": "KENOPP"},
        id="acronym-reused-inside-a-phrase",
    ),
    pytest.param(
        "Colombian army general Luis Medina met reporters in Bogota. Medina accused the rebels "
        "of lying.",
        {"Medina": "COLMIL"},
        id="surname-over-a-town",
    ),
    pytest.param(
        "The Malawi Nurses Union called a strike on Monday.",
        {"The Malawi Nurses Union": "MWILAB"},
        id="union-of-a-trade",
    ),
    pytest.param(
        "The Kenyan Students Federation accused the police of brutality.",
        {"The Kenyan Students Federation": "KENEDU"},
        id="union-of-students",
    ),
    pytest.param(
        "The Liberian National Students Congress called for a boycott of classes.",
        {"The Liberian National Students Congress": "LBREDU"},
        id="students-congress-is-no-legislature",
    ),
    pytest.param(
        "Somalia Democratic Alliance fighters attacked a police post in Kismayo.",
        {"Somalia Democratic Alliance fighters": "SOMREB"},
        id="country-word-opens-another-states-org-name",
    ),
    pytest.param(
        "The Alliance for Progress, Bolivia's opposition coalition, rejected the budget.",
        {"The Alliance for Progress": "BOLOPP"},
        id="the-alliance-for-is-no-nato",
    ),
    pytest.param(
        "The Malawi Evangelical Council appealed for calm after the riots.",
        {"The Malawi Evangelical Council": "MWIREL"},
        id="faith-word-in-a-name",
    ),
    pytest.param(
        "The Zambian Rights Network accused the police of torture.",
        {"The Zambian Rights Network": "ZMBHRI"},
        id="rights-word-in-a-name",
    ),
    pytest.param(
        "Ghana Airways suspended all flights to Lagos after the crash.",
        {"Ghana Airways": "GHABUS"},
        id="trade-word-in-a-name",
    ),
    pytest.param(
        "The Green Hope Forum, a Malawian charity, criticized the dam project.",
        {"The Green Hope Forum": "MWINGO"},
        id="apposition-places-an-ngo",
    ),
    pytest.param(
        "The New Dawn Party, Zambia's main opposition party, boycotted the vote.",
        {"The New Dawn Party": "ZMBOPP"},
        id="apposition-puts-a-party-in-opposition",
    ),
    pytest.param(
        "Ali Nur, a Somali rebel commander, spoke by phone. The commander threatened to attack "
        "the capital.",
        {"The commander": "SOMREB"},
        id="the-commander-after-a-rebel-commander",
    ),
    pytest.param(
        "The Rift Liberation Front, a Kenyan rebel group, seized two villages. The group "
        "accused the army of lying.",
        {"The group": "KENREB"},
        id="the-group-after-an-invented-armed-group",
    ),
    pytest.param(
        "The Kalahari Water Alliance accused the mine of poisoning the river.",
        {"The Kalahari Water Alliance": "-"},
        id="a-generic-word-ending-a-name-is-no-nato",
    ),
    pytest.param(
        "The Ghana Relief Fund appealed for blankets after the floods.",
        {"The Ghana Relief Fund": "GHANGO"},
        id="aid-word-in-a-name",
    ),
    pytest.param(
        "The Forum for Change, Malawi's main opposition party, boycotted the vote.",
        {"The Forum for Change": "MWIOPP"},
        id="apposition-over-a-forum-guessed-as-an-ngo",
    ),
    pytest.param(
        "The Shan Unity Army, a rebel group in Myanmar, seized a border town.",
        {"The Shan Unity Army": "MMRREB"},
        id="apposition-makes-an-army-rebels",
    ),
    pytest.param(
        "Musa Garba, a Nigerian police spokesman, spoke on Sunday. The spokesman said six "
        "suspects had been held.",
        {"The spokesman": "NGACOP"},
        id="the-spokesman-after-a-police-spokesman",
    ),
    pytest.param(
        "Norwegian drone maker Fjellfly signed a deal with the Danish navy.",
        {"Norwegian drone maker Fjellfly": "NORBUS"},
        id="maker",
    ),
    pytest.param(
        "Indian carmaker Suryan Motors signed a deal with Kenya on Monday.",
        {"Indian carmaker Suryan Motors": "INDBUS"},
        id="carmaker",
    ),
    pytest.param(
        "Thai protest leader Anan Chai was arrested in Bangkok.",
        {"Thai protest leader Anan Chai": "THAOPP"},
        id="protest-leader",
    ),
    pytest.param(
        "Zanele Moyo, a human rights lawyer in Zimbabwe, was detained on Monday.",
        {"Zanele Moyo": "ZWEHRI"},
        id="human-rights-lawyer",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unknown_actor_code(parse: Parse, text: str, expected: dict[str, str]) -> None:
    mentions = extract_actors(parse(text), load_actor_dictionary())
    found = {span: [m.code for m in mentions if m.span.text == span] for span in expected}
    everything = [(m.span.text, m.code) for m in mentions]
    if NOT_IGO in expected.values():  # the name is no international body's
        bodies = [(m.span.text, m.code) for m in mentions if (m.code or "").startswith("IGO")]
        assert not bodies, f"coded as an international body: {bodies}"
        return
    assert all(codes for codes in found.values()), f"no mention spans; all: {everything}"
    wrong = {s: c for s, c in found.items() if c != [expected[s]] * len(c)}
    assert not wrong, f"wrong codes {wrong}; all: {everything}"
