#!/usr/bin/env python3
"""Regenerates the reference seed files in Seeds/ from ../shared/reference.

Run from the repository root: python3 Seeds/tools/make_seeds.py ../shared/reference
Hand-curated files (skill_relations.csv, credentials.csv, courses.csv, nl_skills.csv) are
not generated; they carry their own provenance column. Each file's header names the columns of
the table it is loaded into.
"""
import csv, re, sys, pathlib

ref = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
out = pathlib.Path(__file__).resolve().parent.parent
md = (ref / "reference_data.md").read_text(encoding="utf-8")

def write(name, header, rows):
    with open(out / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

# Employers ---------------------------------------------------------------
KIND = {
    "gemeente": "gemeente",
    "veiligheidsregio (openbaar lichaam)": "veiligheidsregio",
    "waterschap": "waterschap",
}
rows = []
with open(ref / "employers.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        kind = KIND.get(r["kind"], "gemeenschappelijke regeling")
        if r["code"] == "GBT":
            kind = "belastingkantoor"
        dissolved = "2021" if r["code"] == "RT" else ""
        rows.append([r["code"], r["name"], kind, r["kind"], r["seat"], r["lat"], r["lon"],
                     r["cbs_code"], r["cao"], r["approx_fte"], dissolved, r["source"]])
write("employers.csv", ["code", "name", "kind", "kind_detail", "seat", "lat", "lon", "cbs_code",
                        "cao", "approx_fte", "dissolved_year", "provenance"], rows)

# Scales ------------------------------------------------------------------
rows = []
with open(ref / "cao_gemeenten_scales.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        rows.append([r["scale"], r["min_eur"], r["max_eur"], r["valid_from"], r["source"]])
write("scales.csv", ["scale", "min_eur", "max_eur", "valid_from", "provenance"], rows)

# Domains and skills ------------------------------------------------------
DOMAINS = [
    ("geo", "Basisregistraties", "Basisregistraties (BAG, WOZ, BGT/topografie, GEO)", "Base registers and GIS"),
    ("juridisch", "Juridische zaken", "Juridische zaken", "Legal affairs"),
    ("communicatie", "Communicatie", "Communicatie", "Communication"),
    ("inkoop", "Inkoop", "Inkoop", "Procurement"),
    ("facilitair", "Facilities", "Facilitaire zaken", "Facilities"),
    ("financien", "Financien & control", "Financiën & control", "Finance and control"),
    ("ict", "ICT (Digikoppeling", "ICT en informatieveiligheid", "ICT and information security"),
    ("sociaal", "Sociaal domein", "Sociaal domein", "Social domain"),
    ("burgerzaken", "Burgerzaken", "Burgerzaken en KCC", "Civil affairs and customer contact"),
    ("ro", "Ruimtelijke ordening", "Ruimtelijke ordening en Omgevingswet", "Spatial planning"),
    ("belastingen", "Belastingen (GBT)", "Belastingen", "Municipal taxes"),
    ("water", "Waterbeheer", "Waterbeheer", "Water management"),
    ("veiligheid", "Brandweer", "Brandweer en crisisbeheersing", "Fire service and crisis management"),
    ("management", None, "Management en beleid", "Management and policy"),
]
write("domains.csv", ["code", "name_nl", "name_en", "provenance"],
      [[c, nl, en, "koppel (grouping of reference_data.md section 5)" if h else "koppel (reference_data.md 3.1)"]
       for c, h, nl, en in DOMAINS])

# Dutch words that the reference tables wrote without their diacritics; SeedSpellingTests
# (Tests/KoppelTests) checks every Dutch label of the seeds against the same list.
DIACRITICS = {"Financiele": "Financiële", "financiele": "financiële", "Officiele": "Officiële",
              "officiele": "officiële", "Overheidsfinancien": "Overheidsfinanciën", "Financien": "Financiën"}
def with_diacritics(text):
    return " ".join(DIACRITICS.get(word, word) for word in text.split(" "))

sections = re.split(r"\n### ", md.split("## 5. Domains and skills")[1].split("## 6.")[0])
skills, seen = [], set()
for sec in sections[1:]:
    title = sec.splitlines()[0]
    code = next((c for c, h, _, _ in DOMAINS if h and title.startswith(h)), None)
    if code is None:
        continue
    for line in sec.splitlines():
        m = re.match(r"\| (.+?) \| (.+?) \| (http://data\.europa\.eu/esco/skill/([0-9a-f-]+)) \| (\[S\d+\]) \|", line)
        if not m:
            continue
        nl, en, uri, uuid, prov = m.groups()
        sid = "esco:" + uuid
        if sid in seen:
            continue
        seen.add(sid)
        skills.append([sid, with_diacritics(nl), en, uri, code, prov + " (ESCO URI and EN label; NL label translated by the compiler)"])
with open(out / "nl_skills.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        skills.append([r["id"], r["label_nl"], r["label_en"], "", r["domain"], r["provenance"]])
write("skills.csv", ["id", "label_nl", "label_en", "esco_uri", "domain", "provenance"], skills)

# Job titles --------------------------------------------------------------
DOMAIN_OF_ROW = {"Basisregistraties / GEO": "geo", "Juridische zaken": "juridisch", "Communicatie": "communicatie",
                 "Inkoop": "inkoop", "Facilities": "facilitair", "Financiën & control": "financien",
                 "ICT / informatieveiligheid": "ict", "Sociaal domein": "sociaal", "Burgerzaken / KCC": "burgerzaken",
                 "Ruimtelijke ordening / Omgevingswet": "ro", "Belastingen (GBT)": "belastingen",
                 "Waterbeheer (waterschap, own scales)": "water",
                 "Brandweer / crisisbeheersing (VRT)": "veiligheid", "Management / beleid (generic)": "management"}
def nlqf_for(lo):
    return 3 if lo <= 5 else 4 if lo <= 7 else 5 if lo <= 8 else 6 if lo <= 11 else 7
titles = []
table = md.split("### 3.1")[1].split("\n## ")[0]
for line in table.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 4 or cells[0] not in DOMAIN_OF_ROW:
        continue
    dom = DOMAIN_OF_ROW[cells[0]]
    for part in cells[1].split(";"):
        part = part.strip()
        m = re.match(r"(.+?) \((\d+)(?:-(\d+))?(?:, [^)]*)?\)$", part)
        if m:
            t, lo, hi = m.group(1), int(m.group(2)), int(m.group(3) or m.group(2))
            titles.append([t, dom, lo, hi, nlqf_for(lo), "U (reference_data.md 3.1, indicative scale)"])
        elif part:
            # waterschap / veiligheidsregio: own scales; indicative Cao-equivalent kept empty
            titles.append([part, dom, "", "", "", "U (reference_data.md 3.1, own scales: no Cao Gemeenten scale)"])
write("job_titles.csv", ["title", "domain", "scale_min", "scale_max", "nlqf", "provenance"], titles)

# NLQF --------------------------------------------------------------------
nl = []
for line in md.split("## 4. Education levels")[1].split("\n- ")[0].splitlines():
    m = re.match(r"\| (.+?) \| (\d\+?) \| (\d) \| (\[S\d+\]) \|", line)
    if m:
        nl.append([m.group(1), m.group(2).rstrip("+"), m.group(3), m.group(4)])
write("nlqf_levels.csv", ["diploma", "nlqf", "eqf", "provenance"], nl)
print(f"{len(rows)} scales, {len(skills)} skills, {len(titles)} job titles, {len(nl)} diplomas")
