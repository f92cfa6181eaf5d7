"""Domain ratings: the bundled lists in rules/sources/, the user's own file, lookup by domain
(subdomains match their parent: www.bbc.co.uk -> bbc.co.uk), and importing CSV/JSON lists.

Unknown domains are unknown, not bad: lookup returns None and nothing is reported.
"""
import functools
import json
import os
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from ..lazy_pattern import LazyPattern
from ..model import FactcheckError
from ..rules import load_yaml, rules_dir

RATINGS = ("reliable", "mixed", "unreliable", "satire")
_DOMAIN = LazyPattern(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")


class Rating(NamedTuple):
    """One domain's rating and where it comes from."""

    domain: str
    rating: str
    notes: str = ""
    source: str = ""
    file: str = ""

    def to_json(self) -> dict:
        return {"domain": self.domain, "rating": self.rating, "notes": self.notes, "source": self.source,
                "file": self.file}


def domain_of(url_or_domain: str | None) -> str | None:
    """The host of a URL or bare domain, lowercased, without port, 'www.' or a trailing dot."""
    if not url_or_domain:
        return None
    value = url_or_domain.strip()
    if "://" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'>\s]+)"""
    r"""|<link\b[^>]*\bhref=["']([^"'>\s]+)["'][^>]*\brel=["']?canonical\b"""
    r"""|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'>\s]+)""", re.I)


def publishing_url(document) -> str | None:
    """Where the document was published: its URL, a URL given as source, front matter, or the page's
    canonical / og:url link (a saved page still says where it came from)."""
    candidates = [document.url, document.source, document.front_matter.get("url"),
                  document.front_matter.get("canonical")]
    if document.content_type == "text/html" and document.raw:
        m = _CANONICAL.search(document.raw[:200_000])
        if m:
            candidates.append(next(g for g in m.groups() if g))
    for value in candidates:
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None


def user_sources_path() -> Path:
    """The user's ratings file: $XDG_CONFIG_HOME/factcheck/sources.yaml (~/.config by default)."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "factcheck" / "sources.yaml"


def rating_files(sources_file: str | None = None) -> list[Path]:
    """Rating files in the order they apply (later ones override): bundled, user's, --sources file."""
    files = sorted((rules_dir() / "sources").glob("*.yaml"))
    user = user_sources_path()
    if user.is_file():
        files.append(user)
    if sources_file:
        path = Path(sources_file).expanduser()
        if not path.is_file():
            raise FactcheckError(f"{sources_file}: sources file not found")
        files.append(path)
    return files


def load_ratings(sources_file: str | None = None) -> dict[str, Rating]:
    """Every rated domain, from all rating files."""
    files = rating_files(sources_file)
    return _load(tuple((str(p), p.stat().st_mtime_ns) for p in files))


def lookup(domain_or_url: str | None, ratings: dict[str, Rating]) -> Rating | None:
    """The rating of a domain or of its nearest rated parent domain; None when unknown."""
    host = domain_of(domain_or_url)
    if not host:
        return None
    parts = host.split(".")
    for k in range(len(parts) - 1):
        found = ratings.get(".".join(parts[k:]))
        if found is not None:
            return found
    return None


def read_ratings_file(path: Path) -> list[Rating]:
    """The entries of one YAML ratings file, validated (errors name the file and entry)."""
    data = load_yaml(path)
    entries = data.get("sources") if isinstance(data, dict) else data
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise FactcheckError(f"{path}: expected a list of sources (domain, rating, notes, source)")
    return [_validated(e, f"{path}: entry {k + 1}", str(path)) for k, e in enumerate(entries)]


def parse_import(path: Path) -> list[Rating]:
    """Ratings from a CSV or JSON list with columns domain, rating, notes, source."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"{path}: cannot read ({exc})") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        return _from_json(text, path)
    return _from_csv(text, path)


def merge_into(target: Path, new: list[Rating]) -> tuple[int, int]:
    """Add or update ``new`` in the YAML ratings file ``target``; (added, updated) counts."""
    existing = {r.domain: r for r in read_ratings_file(target)} if target.is_file() else {}
    added = sum(1 for r in new if r.domain not in existing)
    for r in new:
        existing[r.domain] = r
    target.parent.mkdir(parents=True, exist_ok=True)
    import yaml

    body = {"sources": [{"domain": r.domain, "rating": r.rating, "notes": r.notes, "source": r.source}
                        for r in sorted(existing.values(), key=lambda r: r.domain)]}
    target.write_text("# factcheck domain ratings (factcheck sources import)\n"
                      + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return added, len(new) - added


# -- internals ---------------------------------------------------------------------------------------

@functools.cache
def _load(files: tuple[tuple[str, int], ...]) -> dict[str, Rating]:
    ratings: dict[str, Rating] = {}
    for name, _ in files:
        for r in read_ratings_file(Path(name)):
            ratings[r.domain] = r
    return ratings


def _validated(entry, where: str, file: str) -> Rating:
    if not isinstance(entry, dict):
        raise FactcheckError(f"{where}: expected a mapping with domain and rating")
    unknown = set(entry) - {"domain", "rating", "notes", "source"}
    if unknown:
        raise FactcheckError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    domain = domain_of(str(entry.get("domain") or ""))
    if not domain or not _DOMAIN.match(domain):
        raise FactcheckError(f"{where}: '{entry.get('domain')}' is not a domain (e.g. example.com)")
    rating = str(entry.get("rating") or "").strip().lower()
    if rating not in RATINGS:
        raise FactcheckError(f"{where}: rating '{entry.get('rating')}' is not one of {', '.join(RATINGS)}")
    return Rating(domain, rating, str(entry.get("notes") or "").strip(), str(entry.get("source") or "").strip(),
                  file)


def _from_json(text: str, path: Path) -> list[Rating]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FactcheckError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    if isinstance(data, dict) and isinstance(data.get("sources"), list):
        data = data["sources"]
    elif isinstance(data, dict):
        data = [v if isinstance(v, dict) and "domain" in v else
                {"domain": k, **(v if isinstance(v, dict) else {"rating": v})} for k, v in data.items()]
    if not isinstance(data, list):
        raise FactcheckError(f"{path}: expected a JSON list of objects with domain and rating")
    return [_validated(_lower_keys(e), f"{path}: item {k + 1}", str(path)) for k, e in enumerate(data)]


def _from_csv(text: str, path: Path) -> list[Rating]:
    import csv
    import io

    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    fields = [str(f or "").strip().lower() for f in reader.fieldnames or []]
    if "domain" not in fields or "rating" not in fields:
        raise FactcheckError(f"{path}:1: CSV header must name the columns domain and rating "
                             f"(optional: notes, source); found {', '.join(fields) or 'nothing'}")
    out = []
    for row in reader:
        entry = {str(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        entry = {k: v for k, v in entry.items() if k in ("domain", "rating", "notes", "source")}
        if not any(entry.values()):
            continue
        out.append(_validated(entry, f"{path}:{reader.line_num}", str(path)))
    return out


def _lower_keys(entry):
    if not isinstance(entry, dict):
        return entry
    return {str(k).strip().lower(): v for k, v in entry.items() if str(k).strip().lower() in
            ("domain", "rating", "notes", "source")}
