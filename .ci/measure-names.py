import re, sys, pathlib
root = pathlib.Path(sys.argv[1]) / 'src/main/java'
fqn = re.compile(r'\b(?:fr\.ctg|java|javax|jakarta|org|com|net)\.(?:[a-z0-9_]+\.)+[A-Z]\w*')
route = re.compile(r'navigate\("[a-z]|new (?:Anchor|RouterLink)\("[a-z][a-z-]*(?:/|")|"(?:objectifs|comptes-rendus|calendrier|documents|deliberations|indicateurs|contributions|journal|mon-compte|administration)(?:/[^"]*)?"')
viewrec = re.compile(r'\brecord\s+\w+View\b')
svc = 0; svc_bad = 0; n_fqn = 0; n_route = 0; n_view = 0; route_hits = []
for f in root.rglob('*.java'):
    s = f.read_text()
    for line in s.splitlines():
        t = line.strip()
        if t.startswith('import ') or t.startswith('package ') or t.startswith('*') or t.startswith('//') or t.startswith('/*'):
            continue
        code = re.sub(r'"(?:\\.|[^"\\])*"', '""', t)
        n_fqn += len(fqn.findall(code))
        if route.search(t) and '@Route' not in t and 'setRoute' not in t:
            n_route += 1; route_hits.append(f"{f.name}: {t[:100]}")
    n_view += len(viewrec.findall(s))
    for m in re.finditer(r'@Service\s+(?:@\w+(?:\([^)]*\))?\s+)*(?:public\s+)?(?:final\s+)?class\s+(\w+)', s):
        svc += 1; svc_bad += not m.group(1).endswith('Service')
print(f"inline full names (code, strings excluded): {n_fqn}")
print(f"route strings in views/services: {n_route}")
print(f"records named *View: {n_view}")
print(f"@Service classes: {svc}, not ending in Service: {svc_bad}")
if '-v' in sys.argv: print('\n'.join(route_hits))
