#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz tests (src/test/resources/dev/concord/fuzz/<Class>Inputs/<method>/) from the
project's own test files: the text blocks of the format, config and termbase tests, the examples, the bundled rule
packs and the real catalogs. Run it again when those change; the seeds are committed, so the build does not need it."""
import hashlib
import pathlib
import re
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src/test/resources/dev/concord/fuzz"
TEST = ROOT / "src/test/java/dev/concord"
TEXT_BLOCK = re.compile(r'"""[ \t]*\n(.*?)"""', re.S)


def text_blocks(*files):
    for f in files:
        for block in TEXT_BLOCK.findall((TEST / f).read_text(encoding="utf-8")):
            # A Java text block loses the indentation its lines share; keep the common escapes readable.
            yield textwrap.dedent(block).replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")


def seed(target, content):
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + hashlib.sha1(data).hexdigest()[:12])).write_bytes(data)


def main():
    docs = "DocumentReadersFuzzTestInputs/"
    settings = "SettingsReadersFuzzTestInputs/"
    servers = "ServerRequestsFuzzTestInputs/"
    for block in text_blocks("format/XliffFormatTest.java"):
        seed(docs + ("xliff2" if 'version="2' in block else "xliff12"), block)
    for block in text_blocks("format/PoFormatTest.java"):
        seed(docs + "po", block)
    for block in text_blocks("format/TmxFormatTest.java"):
        seed(docs + "tmx", block)
    for block in text_blocks("format/MessageFilesFormatTest.java"):
        seed(docs + ("jsonCatalog" if block.lstrip().startswith(("{", "[")) else "propertiesCatalog"), block)
    for f in sorted((ROOT / "src/test/resources/real").rglob("*")):
        if f.suffix == ".json":
            seed(docs + "jsonCatalog", f.read_bytes())
        elif f.suffix == ".properties":
            seed(docs + "propertiesCatalog", f.read_bytes())
    for f in sorted((ROOT / "examples").rglob("*")):
        if f.suffix == ".txt":
            seed(docs + "text", f.read_bytes()[:4000])
        elif f.suffix == ".md":
            seed(docs + "markdown", f.read_bytes()[:4000])
        elif f.suffix == ".tbx":
            seed(settings + "tbx", f.read_bytes())
    for f in sorted((ROOT / "rules").rglob("*.xml")):
        seed(settings + ("bilingualRulePack" if "-" in f.parent.name else "rulePack"), f.read_bytes()[:6000])
    for block in text_blocks("terms/TermbaseReadingTest.java"):
        if "<tbx" in block or "<martif" in block:
            seed(settings + "tbx", block)
        elif "\t" in block.splitlines()[0]:
            seed(settings + "tsvGlossary", block)
        else:
            seed(settings + "csvGlossary", block)
    for block in text_blocks("config/ConfigFilesTest.java", "config/SuppressionsTest.java"):
        if ":" in block and "<" not in block:
            seed(settings + "concordYml", block)
    for block in text_blocks("lsp/LanguageServerTest.java"):
        seed(servers + "lspMessage", block)


# Seeds for the readers whose tests build their input in code, written here in the same spirit.
HANDWRITTEN = {
    "DocumentReadersFuzzTestInputs/xliff2": [
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" '
        'trgLang="fr">\n<file id="f1"><unit id="u1"><segment><source>Hello <pc id="1">world</pc></source>'
        '<target>Bonjour <pc id="1">le monde</pc></target></segment></unit>\n<unit id="u2"><segment>'
        '<source>Save <ph id="2"/> files</source><target>Enregistrer <ph id="2"/> fichiers</target></segment>'
        '</unit></file></xliff>\n',
    ],
    "DocumentReadersFuzzTestInputs/markdown": [
        "# Titre\n\nUn paragraphe avec **gras**, `code` et un [lien](https://example.com).\n\n- un\n- deux\n\n"
        "| a | b |\n|---|---|\n| une cellule | une autre |\n\n```\ncode block\n```\n\n> citation\n",
    ],
    "DocumentReadersFuzzTestInputs/html": [
        '<!DOCTYPE html>\n<html lang="fr"><head><title>Titre</title><meta name="description" content="Une page">'
        '</head>\n<body><h1>Bonjour</h1><p>Un <b>paragraphe</b> avec <a href="/x" title="un lien">un lien</a>.</p>'
        '<img alt="une image" src="a.png"><script>var x = 1;</script><pre>code</pre>'
        '<p translate="no">Concord</p></body></html>\n',
        "<p>Un fragment &amp; une entité&nbsp;: <br>deux lignes</p>",
    ],
    "DocumentReadersFuzzTestInputs/text": ["Un paragraphe.\n\nUn autre  paragraphe, avec avec un mot doublé.\n"],
    "DocumentReadersFuzzTestInputs/sniffed": [
        '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr" '
        'datatype="plaintext" original="a"><body><trans-unit id="1"><source>Hi</source><target>Salut</target>'
        '</trans-unit></body></file></xliff>',
        'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Hello"\nmsgstr "Bonjour"\n',
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hi</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Salut</seg></tuv></tu></body></tmx>',
        "# Titre\n\nTexte.\n",
    ],
    "SettingsReadersFuzzTestInputs/csvGlossary": [
        "en,fr,status,note\nfile,fichier,preferred,\nemail,courriel,,\"une note, avec virgule\"\n"
        "e-mail,mél,forbidden,\n",
        "en;fr\nsave;enregistrer\n",
    ],
    "SettingsReadersFuzzTestInputs/tsvGlossary": [
        "en\tfr\tstatus\nfile\tfichier\tpreferred\nfolder\tdossier\t\n\"quoted\ttab\"\tentre\t\n",
    ],
    "SettingsReadersFuzzTestInputs/baseline": [
        '{"version": 1, "findings": [{"file": "docs/fr/a.md", "ruleId": "DOUBLED_WORD", "text": "le le", '
        '"fingerprint": "0123456789abcdef"}]}\n',
        '{"version": 1, "findings": []}',
    ],
    "ServerRequestsFuzzTestInputs/httpRequest": [
        "\x00language=fr&text=Un%20texte%20avec%20avec%20erreur",
        "\x01language=en-US\x00{\"text\": \"A test\", \"enabledRules\": [\"A\", \"B\"], \"enabledOnly\": true}",
    ],
    "ServerRequestsFuzzTestInputs/httpJsonBody": [
        '{"language": "fr", "data": {"annotation": [{"text": "Un "}, {"markup": "<b>"}, {"text": "test"}, '
        '{"markup": "<p>", "interpretAs": "\\n\\n"}]}}',
        '{"language": "en", "text": "A test", "disabledRules": ["X"], "level": "picky"}',
        '{"language": "fr", "data": "{\\"annotation\\": [{\\"text\\": \\"Un texte\\"}]}"}',
    ],
    "ServerRequestsFuzzTestInputs/lspMessage": [
        '{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": 1, "rootUri": "file:///tmp", '
        '"capabilities": {"general": {"positionEncodings": ["utf-16"]}}, "initializationOptions": {"concord": '
        '{"language": "fr", "grammar": false, "termbases": ["t.tbx"], "disabledRules": ["A"], '
        '"debounceMillis": 100}}}}',
        '{"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": {"concord": '
        '{"sourceLanguage": "en", "enabledRules": ["B"]}}}}',
        '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///tmp/a.md", '
        '"languageId": "markdown", "version": 1, "text": "# Titre\\n\\nUn texte."}}}',
        '{"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": '
        '"file:///tmp/a.md"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}}, '
        '"context": {"diagnostics": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, '
        '"character": 3}}, "message": "m", "code": "DOUBLED_WORD", "data": {"fingerprint": "ab", '
        '"suggestions": ["x"]}}]}}}',
    ],
    "ServerRequestsFuzzTestInputs/serveConfig": [
        "profiles:\n  docs: docs/.concord.yml\ncorsOrigins:\n  - https://example.com\n",
        "corsOrigins: []\n",
    ],
}


def handwritten():
    for target, contents in HANDWRITTEN.items():
        for content in contents:
            seed(target, content)


if __name__ == "__main__":
    main()
    handwritten()
