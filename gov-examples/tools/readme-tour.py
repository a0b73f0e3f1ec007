#!/usr/bin/env python3
"""Regenerates gov-examples/README.md: runs every tour command from the repository root and
pastes its real output into README.md.in.

    mvn -B -q package -DskipTests
    python3 gov-examples/tools/readme-tour.py            # from the repository root

The commands shown run gov-examples/target/gov-examples.jar. To run another build of it while
showing the same commands, set GOV_JAR:

    GOV_JAR=/elsewhere/gov-examples.jar python3 gov-examples/tools/readme-tour.py
"""
import os, subprocess, re, sys
G = "java -jar gov-examples/target/gov-examples.jar"
CMDS = {
 "demo": f"{G} demo",
 "due": f"{G} deadline --calendar CN --from 2025-09-19 --working-days 20",
 "explain": f"{G} deadline --calendar CN --from 2025-09-19 --working-days 20 --explain",
 "explain-head": f"{G} deadline --calendar CN --from 2025-09-19 --working-days 20 --explain | head -14",
 "natural": f"{G} deadline --calendar CN --from 2025-09-26 --natural-days 5",
 "suspend": f"{G} deadline --calendar CN --from 2026-01-26 --working-days 20 --suspend expert-review:2026-02-02..2026-02-13 --explain | grep -E '^2026-03-13$|due|suspended|makeup|counted .20.'",
 "uncovered": f"{G} deadline --calendar CN --from 2026-12-20 --working-days 20; echo \"exit status $?\"",
 "provisional": f"{G} deadline --calendar CN --from 2026-12-20 --working-days 20 --provisional",
 "batchfile": "cat gov-examples/samples/deadlines.csv",
 "batch": f"{G} deadline --calendar CN --batch gov-examples/samples/deadlines.csv; echo \"exit status $?\"",
 "batchxj": f"printf 'add,2025-03-27,1\\nbetween,2025-06-05,2025-06-11\\n' | {G} deadline --calendar CN-XJ --batch -",
 "cal10": f"{G} calendar --calendar CN --year 2025 --month 10",
 "calxj": f"{G} calendar --calendar CN-XJ --year 2025 --month 6",
 "calyear": f"{G} calendar --calendar CN --year 2026 | head -9",
 "check1": f"{G} check --pack cn-zj --case gov-examples/samples/provident-fund-incomplete.json",
 "check2": f"{G} check --pack cn-sc --case gov-examples/samples/printing-licence.json --explain",
 "checkjson": f"{G} check --pack cn-zj --case gov-examples/samples/provident-fund-complete.json --json | head -20",
 "lintok": f"{G} lint --pack gov-rules/src/main/resources/io/github/govrules/rules/packs/cn-zj; echo \"exit status $?\"",
 "lintid": f"{G} lint --pack cn-sc; echo \"exit status $?\"",
 "lintbad": f"{G} lint --pack gov-examples/samples/packs/cn-demo-broken; echo \"exit status $?\"",
 "linterr": f"{G} lint --pack packs/my-sc; echo \"exit status $?\"",
 "stats": f"{G} stats --cases gov-examples/samples/cases-2025-10.json --from 2025-10-01 --to 2025-10-31",
 "statsmonth": f"{G} stats gov-examples/samples/cases-2025-10.json --month 2025-10 --lang zh --html /tmp/report.html | tail -22",
 "err1": f"{G} check --pack cn --case no-such-case.json; echo \"exit status $?\"",
 "err2": f"printf '{{\"number\": \"GJJ-1\",\\n \"itemCode\": 42}}\\n' > /tmp/bad-case.json; {G} check --pack cn --case /tmp/bad-case.json; echo \"exit status $?\"",
 "err3": f"{G} check --pack cn-xx --case gov-examples/samples/printing-licence.json; echo \"exit status $?\"",
 "err4": f"{G} calendar --calendar CN --year 2027; echo \"exit status $?\"",
 "err5": f"{G} deadline --from 2025-02-30 --working-days 3; echo \"exit status $?\"",
}
for e in ["CalendarExample", "DeadlineExample", "CaseLifecycleExample", "HallExample", "RulesExample", "LintExample", "IndicatorsExample"]:
    CMDS["ex-" + e] = f"java -cp gov-examples/target/gov-examples.jar io.github.govrules.examples.{e}"

JAR = "gov-examples/target/gov-examples.jar"

def run(cmd):
    executed = cmd.replace(JAR, os.environ["GOV_JAR"]) if os.environ.get("GOV_JAR") else cmd
    p = subprocess.run(["bash", "-c", executed], cwd=ROOT, capture_output=True, text=True)
    # stdout then stderr: the shell prints stderr lines where they occur; we interleave simply
    out = p.stdout + p.stderr
    # 'exit status' echo goes to stdout after stderr in a terminal: move it to the end
    lines = out.rstrip("\n").split("\n")
    status = [l for l in lines if l.startswith("exit status ")]
    lines = [l for l in lines if not l.startswith("exit status ")] + status
    return "```\n$ " + cmd + "\n" + "\n".join(lines) + "\n```"

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "gov-examples", "tools", "README.md.in")
dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "gov-examples", "README.md")
template = open(src).read()
keys = re.findall(r"\{\{([\w-]+)\}\}", template)
for k in keys:
    if k not in CMDS:
        sys.exit("unknown key " + k)
    template = template.replace("{{" + k + "}}", run(CMDS[k]))
open(dst, "w").write(template)
print("filled", len(keys), "blocks")
