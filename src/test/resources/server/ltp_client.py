"""Checks texts through language_tool_python pointed at a server, and prints what it got as JSON lines.

Usage: python3 ltp_client.py URL LANGUAGE TEXT [LANGUAGE TEXT ...]
"""
import json
import sys

import language_tool_python


def field(match, new, old):
    """A Match attribute by its 3.x name, or by its 2.x one (3.0 renamed them)."""
    return getattr(match, new) if hasattr(match, new) else getattr(match, old)


url = sys.argv[1]
args = sys.argv[2:]
for i in range(0, len(args), 2):
    language, text = args[i], args[i + 1]
    tool = language_tool_python.LanguageTool(language, remote_server=url)
    try:
        for m in tool.check(text):
            print(json.dumps({"language": language, "ruleId": field(m, "rule_id", "ruleId"), "offset": m.offset,
                              "length": field(m, "error_length", "errorLength"), "replacements": m.replacements[:3],
                              "message": m.message, "category": m.category}, ensure_ascii=False))
        corrected = tool.correct(text)
        print(json.dumps({"language": language, "corrected": corrected}, ensure_ascii=False))
    finally:
        tool.close()
