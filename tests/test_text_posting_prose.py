"""Postings that say what they ask in sentences, and the wording a reader reads per skill.

Each test is a shape seen in text-2026-12l and -12m (a recruiter's e-mail, a posting in one
paragraph, a consultancy's ad in running text, a LinkedIn copy broken mid-sentence) or in
a new user's try, written here anew: the rule is read from the shape, not from the file.
"""

from __future__ import annotations

from drafts import CATALOG, asked_of, draft_of, requirement_of
from skillgap import api
from skillgap.text.read import document_from_bytes

ONE_PARAGRAPH = (
    "Research Scientist – Vision (Berlin; hybrid) At Quillfeather Labs our platform team runs "
    "Kubernetes and Kafka for 40 researchers; as a Research Scientist you will design "
    "experiments and publish. We are looking for a PhD in Computer Science or a related "
    "field; deep expertise in Python and in PyTorch or JAX; solid fundamentals in "
    "probability. It would be a bonus if you have written CUDA kernels or are comfortable in "
    "C++. We offer a generous AWS compute budget and relocation support.\n"
)


def test_a_posting_in_one_paragraph_asks_what_its_sentences_ask() -> None:
    """'We are looking for ...; deep expertise in Python and in PyTorch or JAX' asks them."""
    draft = draft_of(ONE_PARAGRAPH)
    asked = asked_of(draft)
    assert asked["python"] == "essential"
    assert requirement_of(draft, "pytorch").skills == ["pytorch", "jax"]  # one of them
    assert requirement_of(draft, "python").level == 4  # "deep expertise"
    assert asked["degree"] in ("essential", "important")
    assert asked["cpp"] == "useful"  # "It would be a bonus if you ... C++"
    # the company's stack and the perks are not asked of anyone
    assert not {"kubernetes", "streaming", "aws"} & asked.keys()
    assert draft.title == "Research Scientist – Vision (Berlin; hybrid)"


def test_each_requirement_of_a_paragraph_cites_its_sentence() -> None:
    """A requirement read from prose cites its own sentence, not the whole paragraph."""
    draft = draft_of(ONE_PARAGRAPH)
    assert requirement_of(draft, "cpp").source.endswith(
        "It would be a bonus if you have written CUDA kernels or are comfortable in C++."
    )


EMAIL = (
    "From: Dana Roe <dana@talent.example>\n"
    "Sent: Monday, 30 November 2026 09:14\n"
    "Subject: RE: Senior Data Engineer - remote - quick chat?\n"
    "\n"
    "Hi Sam,\n"
    "\n"
    "My client is Birch & Wren, a 200-person insurer; their platform runs on Kubernetes.\n"
    "\n"
    "The hiring manager (Priya, Head of Data) gave me the must-haves, pretty much word for "
    "word:\n"
    "\n"
    "* 5+ years as a data engineer\n"
    "* Python and SQL\n"
    "* PyTorch or TensorFlow\n"
    "\n"
    "Nice to haves: Terraform, dbt.\n"
    "\n"
    "They do ask for a degree in Computer Science or similar.\n"
    "\n"
    "Package is EUR 95k base + equity, 30 days holiday.\n"
    "\n"
    "Kind regards,\n"
    "Dana\n"
)


def test_a_recruiters_email_asks_its_must_haves_and_not_its_small_talk() -> None:
    """The bullets under 'the must-haves:' are required; the nice-to-haves' paragraph ends."""
    draft = draft_of(EMAIL)
    asked = asked_of(draft)
    assert {asked.get(s) for s in ("python", "sql")} == {"essential"}
    assert requirement_of(draft, "pytorch").skills == ["pytorch", "tensorflow"]
    assert requirement_of(draft, "pytorch").importance == "essential"
    assert asked["iac"] == "useful"  # Terraform, from "Nice to haves: ..."
    assert asked["degree"] == "essential"  # the next paragraph is not a nice-to-have
    assert asked["experience"] == "essential"
    assert "kubernetes" not in asked  # the client's platform, not asked
    assert draft.title == "Senior Data Engineer - remote - quick chat?"


CONSULTANCY = (
    "=====================================\n"
    "  SENIOR CONSULTANT – DATA STRATEGY\n"
    "=====================================\n"
    "\n"
    "Fernhill Partners is a consultancy of 180 people; our data practice builds Spark and\n"
    "Databricks platforms for banks.\n"
    "\n"
    "Your role. You will lead workstreams on client projects and present to boards.\n"
    "\n"
    "Your profile. You have at least 5 years of experience in consulting. You understand\n"
    "how machine learning works well enough to challenge a vendor. You can still write\n"
    "Python or SQL well enough to check an analysis yourself. A Master's degree in\n"
    "economics or a related discipline is expected.\n"
    "\n"
    "What we offer. A company car, 30 days of holiday and a Tableau licence of your own.\n"
)


def test_an_ad_written_as_paragraphs_asks_its_profiles_sentences_only() -> None:
    """'You have ...', 'You can ...', '... is expected' ask; the firm's and perks' do not."""
    draft = draft_of(CONSULTANCY)
    asked = asked_of(draft)
    assert requirement_of(draft, "python").skills == ["python", "sql"]
    assert asked["python"] == "essential"
    assert asked["model-development"] == "essential"  # "how machine learning works"
    assert asked["experience"] == "essential"
    assert "degree" in asked
    assert not {"spark", "databricks", "tableau"} & asked.keys()
    assert draft.role_id == "posting-senior-consultant-data-strategy"  # not the rule line


def test_german_prose_asks_with_sie_bringen_mit() -> None:
    """'Sie bringen fundierte Kenntnisse in Python mit' asks Python; 'Wir bieten' does not."""
    text = (
        "Data Scientist (m/w/d)\n\nWir sind ein Versicherer mit Sitz in Köln.\n\n"
        "Sie bringen fundierte Kenntnisse in Python und SQL mit. Idealerweise haben Sie "
        "Erfahrung mit Docker. Wir bieten ein Budget für Azure-Schulungen.\n"
    )
    asked = asked_of(draft_of(text))
    assert {asked.get("python"), asked.get("sql")} == {"essential"}
    assert asked["docker"] == "useful"
    assert "azure" not in asked


def test_a_company_blurb_and_perks_alone_ask_nothing() -> None:
    """A text with no requirement's words asks no skill, whatever tools it names."""
    text = (
        "Platform Team at Ostrava Freight\n\nWe run Kubernetes, Kafka and Spark at scale. "
        "Our engineers use Python every day.\n\nWe offer a Databricks training budget.\n"
    )
    assert [r for r in draft_of(text).requirements if r.kind == "skill"] == []


LINKEDIN = (
    "AI Engineer\n\n"
    "What we're looking for\n"
    "• 2+ years of professional software engineering experience; at least some of it shipping\n"
    "LLM features to real users\n"
    "• Strong Python or Go (our backend is Python/FastAPI, the internal UI is\n"
    "TypeScript/React)\n"
    "• Docker; comfortable deploying your own services\n\n"
    "Nice to have\n"
    "• Kubernetes\n"
)


def test_a_linkedin_copy_broken_mid_sentence_keeps_its_requirements_together() -> None:
    """A bullet's broken-off rest is not a heading that ends the requirements."""
    draft = draft_of(LINKEDIN)
    asked = asked_of(draft)
    assert asked["docker"] == "essential"  # after the broken line: still required
    assert asked["llms"] == "essential"
    assert requirement_of(draft, "go").skills == ["python", "go"]  # "Strong Python or Go"
    # the broken-off rest of the bracket is the bullet's, cited by the bullet's line
    assert not any(r.source.startswith("posting posting.txt:7:") for r in draft.requirements)
    assert asked["kubernetes"] == "useful"


def test_a_level_word_speaks_for_the_skills_after_it_only() -> None:
    """'Strong Python and solid software engineering practices (testing, code review, Git)'."""
    text = (
        "ML Engineer\n\nRequirements\n"
        "- Strong Python and solid software engineering practices (testing, code review, Git)\n"
        "- Deep familiarity with PyTorch\n"
    )
    draft = draft_of(text)
    levels = {s: r.level for r in draft.requirements for s in r.skills}
    assert levels["python"] == 4
    assert levels["software-engineering"] == levels["git"] == levels["software-testing"] == 3
    assert levels["pytorch"] == 4  # "deep familiarity": deep speaks for familiarity


def test_two_language_names_joined_by_or_are_read_under_preferred() -> None:
    """'Go or Rust' alone in a Preferred list asks Go (Rust is not in the catalog)."""
    text = "Backend Engineer\n\nRequirements\n- Python\n\nPreferred\n- Go or Rust\n"
    assert asked_of(draft_of(text)).get("go") == "useful"
    # the ordinary word stays ordinary in running text
    prose = "Backend Engineer\n\nRequirements\n- Python; you'll be our go-to person\n"
    assert "go" not in asked_of(draft_of(prose))


def test_tools_in_brackets_are_examples_one_of_which_is_asked() -> None:
    """'gradient boosting (XGBoost, LightGBM)' asks one of them, not both."""
    text = "Data Scientist\n\nRequirements\n- Gradient boosting (XGBoost, LightGBM)\n"
    group = requirement_of(draft_of(text), "lightgbm")
    assert group.skills == ["xgboost", "lightgbm"]
    assert group.at_least == 1


def test_a_role_id_keeps_the_letters_of_accented_words() -> None:
    """'Region Skåne' is region-skane in the role's id, not region-sk-ne."""
    draft = draft_of("Data Scientist – Region Skåne, Malmö\n\nRequirements\n- Python\n")
    assert draft.role_id == "posting-data-scientist-region-skane-malmo"


def test_a_product_line_named_airflow_is_not_the_scheduler() -> None:
    """'the Airflow product line team' is a ventilation maker's product; 'Airflow DAGs' is not."""
    text = (
        "Partner with the Airflow product line team on edge deployment of models.\n"
        "You have written Airflow DAGs for our data pipelines.\n"
    )
    report = api.extract_text(document_from_bytes(text.encode(), "p.txt"), CATALOG)
    assert [m.line for m in report.skills if m.text == "Airflow"] == [2]


def test_an_item_of_a_two_of_list_may_name_two_skills() -> None:
    """'two of: LangGraph, fine-tuning with LoRA, Hugging Face Transformers, vLLM': 4 items."""
    text = (
        "LLM Engineer\n\nRequirements\n- Python\n"
        '- "at least two of: LangGraph, fine-tuning with LoRA, Hugging Face Transformers, vLLM"\n'
    )
    draft = draft_of(text)
    group = requirement_of(draft, "hugging-face")
    assert group.at_least == 2
    assert "llm-fine-tuning" in group.skills  # not asked on its own
    assert asked_of(draft)["llm-fine-tuning"] == "essential"
    assert [r for r in draft.requirements if r.skills == ["llm-fine-tuning"]] == []


def test_a_labels_part_ends_with_its_paragraph_and_what_follows_asks_by_its_words() -> None:
    """After "Requirements: ..." and a blank line, "You also need" asks; the perks do not."""
    text = (
        "Data Engineer\n\nRequirements: Python and SQL.\n\nYou also need Docker.\n\n"
        "Nice to have: Terraform.\n\nWe offer a Kubernetes training budget.\n"
    )
    asked = asked_of(draft_of(text))
    assert {asked.get(s) for s in ("python", "sql", "docker")} == {"essential"}
    assert asked["iac"] == "useful"
    assert "kubernetes" not in asked  # it followed the nice-to-haves' paragraph, a perk
