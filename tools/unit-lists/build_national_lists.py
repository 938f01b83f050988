#!/usr/bin/env python3
"""Builds data/units/ from the public sources named in data/units/README.md (issue 17, decision 031).

Usage: python3 tools/unit-lists/build_national_lists.py SUNSHINE_GIT DVHCVN2025_GIT OUT_DIR
  SUNSHINE_GIT:   a clone of github.com/sunshine-tech/VietnamProvinces (read at the commit in SOURCES below)
  DVHCVN2025_GIT: a clone of github.com/dvhcvn/20250701 (read at the commit in SOURCES below)
Reads the files with `git show COMMIT:PATH`, so the output depends only on those two commits: run it twice, get the
same bytes. Python 3 standard library only.

The old -> new mapping is built from the words of the Standing Committee's resolutions 1654..1687/NQ-UBTVQH15
(Điều 1, one item per new commune; "không thực hiện sắp xếp" lists in the closing item; "Đổi tên" items) and of
Resolution 60-NQ/TW's list of province mergers (enacted by 202/2025/QH15, whose text the sources do not hold). It
is then compared with the language-model mapping of dvhcvn/20250701 (mapping/splits.json): every disagreement is
written to mapping-disagreements.csv, every old commune the resolutions' words do not place to unresolved.csv.
"""
import csv, io, re, subprocess, sys, unicodedata, json, collections

SOURCES = {
    'sunshine': '809e91baefbe3153ccaecc9b2286303a98b9119b',
    'dvhcvn2025': 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
}
REFORM = '2025-07-01'
DISTRICTS_ENDED_BY = '203/2025/QH15'   # the amended Constitution: no district tier from 1/7/2025
PROVINCES_MERGED_BY = '202/2025/QH15'


def show(repo, commit, path):
    return subprocess.run(['git', '--git-dir', repo, 'show', f'{commit}:{path}'], check=True,
                          capture_output=True).stdout.decode('utf-8')


TONES = {'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa', 'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe',
         'oẽ': 'õe', 'oẹ': 'ọe', 'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy'}


def norm(s):
    """Exact name with accents, tone marks placed one way ("Hoà" = "Hòa"), case and spacing ignored."""
    s = unicodedata.normalize('NFC', s).lower().replace("’", "'").replace('‘', "'")
    s = re.sub(r'\s*-\s*', ' - ', s)
    s = re.sub(r'\s+', ' ', s).strip()
    for a, b in TONES.items():
        s = s.replace(a, b)
    return s


def fold(s):
    s = unicodedata.normalize('NFD', norm(s)).replace('đ', 'd')
    return ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')


KINDS = ['thị trấn', 'phường', 'xã', 'đặc khu']


def split_kind(full):
    n = norm(full)
    for k in KINDS:
        if n.startswith(k + ' '):
            return k, n[len(k) + 1:]
    raise ValueError(full)


def main(sunshine, dv, out):
    S, D = SOURCES['sunshine'], SOURCES['dvhcvn2025']
    # ---- before 1/7/2025: the GSO export, as published
    before_text = show(sunshine, S, 'dev/seed-data/Pre-2025-07/Xa_2025-01-04.csv')
    before = list(csv.DictReader(io.StringIO(before_text)))
    old_prov = {}  # code -> name
    old_dist = {}  # code -> (name, province)
    old = {}       # commune code -> dict
    for r in before:
        old_prov[r['Mã TP']] = r['Tỉnh Thành Phố']
        old_dist[r['Mã QH']] = (r['Quận Huyện'], r['Mã TP'])
        if not r['Mã PX']:
            continue  # a district without communes (huyện Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo)
        old[r['Mã PX']] = dict(code=r['Mã PX'], name=r['Phường Xã'], kind=norm(r['Cấp']), district=r['Mã QH'],
                               province=r['Mã TP'])
    # ---- after: provinces (915/CTK-CSCL) and communes (1027/CTK-CSCL)
    new_prov = {}
    for r in csv.DictReader(io.StringIO(show(dv, D, 'input/docs/915_CTK-CSCL.csv'))):
        name = r['Tên 34 tỉnh sau sáp nhập'].strip()
        new_prov[r['Mã số']] = name if name.startswith('Thành phố') else 'Tỉnh ' + name
    prov_by_name = {re.sub(r'^(tinh|thanh pho|tp) ', '', fold(n)): c for c, n in new_prov.items()}

    def prov_code(name):
        return prov_by_name[re.sub(r'^(tinh|thanh pho|tp) ', '', fold(name))]

    new = {}  # code -> dict
    for line in show(dv, D, 'input/docs/1027_CTK-CSCL.md').splitlines():
        m = re.match(r'^\|\s*\d+\s*\|\s*(\d{5})\s*\|(.*?)\|(.*?)\|', line)
        if m:
            name = re.sub(r'\s+', ' ', m.group(2).replace('<br>', ' ')).strip()
            name = re.sub(r'\s*-\s*', ' - ', name)
            prov = re.sub(r'\s+', ' ', m.group(3).replace('<br>', ' ')).strip()
            assert m.group(1) not in new, m.group(1)
            new[m.group(1)] = dict(code=m.group(1), name=name, province=prov_code(prov))
    assert len(new) == 3321 and len(new_prov) == 34, (len(new), len(new_prov))
    new_by_name = {}
    for n in new.values():
        key = (n['province'], norm(n['name']))
        assert key not in new_by_name, key
        new_by_name[key] = n['code']

    # ---- provinces: Resolution 60-NQ/TW, part II ("Hợp nhất tỉnh A và tỉnh B, lấy tên là tỉnh A")
    old_prov_by_name = {re.sub(r'^(tinh|thanh pho) ', '', fold(n)): c for c, n in old_prov.items()}
    nqtw = re.sub(r'\s+', ' ', unicodedata.normalize('NFC', show(dv, D, 'input/docs/60-NQ_TW.md')).replace('\\', ''))
    prov_map = {c: c for c in new_prov}  # the 34 codes continue
    for m in re.finditer(r'\d+\. Hợp nhất (.+?)[;,] lấy tên là (?:tỉnh|thành phố) (.+?),', nqtw, re.I):
        members = [re.sub(r'^(tỉnh|thành phố) ', '', p.strip(), flags=re.I) for p in re.split(r',| và ', m.group(1))]
        target = prov_code(m.group(2))
        for p in members:
            prov_map[old_prov_by_name[fold(p)]] = target
    assert set(prov_map) == set(old_prov), sorted(set(old_prov) - set(prov_map))

    # ---- communes: the resolutions' words
    pairs = collections.OrderedDict()  # (old, new) -> resolution
    district_pairs = []  # a whole district that becomes a special zone (huyện Bạch Long Vĩ -> đặc khu Bạch Long Vĩ)
    problems = []
    placed_by = collections.defaultdict(set)
    resolution_of_province = {}
    docs = [p for p in subprocess.run(['git', '--git-dir', dv, 'ls-tree', '--name-only', D, 'input/docs/'],
                                      capture_output=True, check=True).stdout.decode().split() if 'NQ-UBTVQH15' in p]
    for path in sorted(docs):
        number = path.split('/')[-1].split('_')[0] + '/NQ-UBTVQH15'
        text = unicodedata.normalize('NFC', show(dv, D, path))
        body = text[text.find('Điều 1'):text.find('Điều 2', text.find('Điều 1'))]
        body = clean(re.sub(r'\s+', ' ', body.replace('\\', '').replace('*', ' ')).strip())
        head = re.search(r'cấp xã của (tỉnh|thành phố|Thành phố) ([^ ].+?)(?: như sau| Trên cơ sở| năm 2025)', body)
        province = prov_code(head.group(2))
        resolution_of_province[province] = number
        scope = [c for c in old.values() if prov_map[c['province']] == province]
        parts = re.split(r'(?:^|\s)(\d{1,3})\.\s*(?=Sắp|Nhập|Đổi|Sau)', body)
        for k in range(1, len(parts), 2):
            item, s = parts[k], parts[k + 1].strip()
            where = f'{number} Điều 1 khoản {item}'
            if s.startswith('Sắp xếp các đơn vị hành chính cấp xã của'):
                continue  # the article's title
            if s.startswith('Sau khi sắp xếp'):
                m = re.search(r'không thực hiện sắp xếp là (.+?)\.?\s*$', s)
                if m:
                    for kind, name, hint in names(m.group(1)):
                        c = find(scope, kind, name, hint, old_dist, problems, where)
                        if c:
                            target = new_by_name.get((province, norm(c['kind'] + ' ' + strip_kind(c))))
                            if target is None:
                                problems.append((where, f'{kind} {name}', 'không có trong danh sách mới / not in the new list'))
                            else:
                                add(pairs, placed_by, c['code'], target, number)
                continue
            m = re.search(r'^(?:Đổi tên )(.+?) thành (xã|phường|đặc khu) (.+?)\.?\s*$', s)
            if not m:
                m2 = re.search(r'^(.*)\sthành (?:(?:xã|phường|đặc khu)(?: mới)? )?(?:có tên gọi là\s*)?(xã|phường|đặc khu) (.+?)\.?\s*$', s)
                if not m2:
                    problems.append((where, s[:120], 'khoản không đọc được / item not understood'))
                    continue
                src, nkind, nname = m2.groups()
            else:
                src, nkind, nname = m.groups()
            nname = nname.strip().rstrip('.').strip()
            target = new_by_name.get((province, norm(nkind + ' ' + nname)))
            if target is None:
                problems.append((where, f'{nkind} {nname}', 'đơn vị mới không có trong danh sách 1027/CTK-CSCL / new unit not in the list'))
                continue
            found, pending = [], []
            for kind, name, hint in names(src):
                if kind == 'huyện':
                    ds = [d for d, (dn, dp) in old_dist.items() if prov_map[dp] == province and norm(dn) == norm('huyện ' + name)]
                    if len(ds) == 1:
                        district_pairs.append((ds[0], target, number))
                    else:
                        problems.append((where, f'huyện {name}', 'không thấy huyện cũ / old district not found'))
                    continue
                cands = candidates(scope, kind, name, hint, old_dist)
                (found if len(cands) == 1 else pending).append((kind, name, hint, cands))
            districts = {f[3][0]['district'] for f in found}
            for kind, name, hint, cands in pending:
                near = [c for c in cands if c['district'] in districts]
                if len(near) == 1:
                    found.append((kind, name, hint, near))
                else:
                    problems.append((where, f'{kind} {name}' + (f' ({hint[0]} {hint[1]})' if hint else ''),
                                     'không thấy đơn vị cũ / old unit not found' if not cands else
                                     'nhiều đơn vị cũ cùng tên / several old units: ' + ' '.join(c['code'] for c in cands)))
            for f in found:
                add(pairs, placed_by, f[3][0]['code'], target, number)

    unplaced = [c for c in old.values() if c['code'] not in placed_by]
    for c in unplaced:
        problems.append(('-', f"{c['code']} {c['name']}", 'không nghị quyết nào nhắc tới / named by no resolution'))
    new_without = sorted(set(new) - {n for (_, n) in pairs})

    gen = collections.defaultdict(set)
    splits = json.loads(show(dv, D, 'mapping/splits.json'))['data']
    gen_prov = {}
    gen_number = {}
    for p in splits:
        gen_prov[p['level1_id']] = {s['new_id'] for s in p['splits']}
        for c in p.get('level3s', []):
            for s in c['splits']:
                gen[c['level3_id']].add(s['new_id'])
                gen_number[c['level3_id']] = resolution_of_province.get(prov_map[p['level1_id']], '?')
    # ---- write
    import os
    os.makedirs(out, exist_ok=True)
    with open(f'{out}/don-vi-truoc-2025-07-01.csv', 'w', encoding='utf-8', newline='') as f:
        f.write(before_text if before_text.endswith('\n') else before_text + '\n')
    with open(f'{out}/don-vi-tu-2025-07-01.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['Tỉnh Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX', 'Cấp'])
        for n in sorted(new.values(), key=lambda n: (n['province'], n['code'])):
            w.writerow([new_prov[n['province']], n['province'], n['name'], n['code'], split_kind(n['name'])[0].capitalize()])
    with open(f'{out}/sap-xep-2025-07-01.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['Mã cũ', 'Mã mới', 'Tên mới', 'Cấp mới', 'Mã cấp trên mới', 'Ngày hiệu lực', 'Nghị quyết', 'Căn cứ'])
        for p in sorted(old_prov):
            if prov_map[p] != p:
                w.writerow([p, prov_map[p], '', '', '', REFORM, PROVINCES_MERGED_BY, '60-NQ/TW'])
        becomes = {d: (n, number) for d, n, number in district_pairs}
        for d in sorted(old_dist):
            if d in becomes:
                nu = new[becomes[d][0]]
                w.writerow([d, nu['code'], nu['name'], split_kind(nu['name'])[0].capitalize(), nu['province'], REFORM, becomes[d][1], 'nghị quyết'])
            else:
                w.writerow([d, '', '', '', '', REFORM, DISTRICTS_ENDED_BY, 'nghị quyết'])
        rows = [(o, n, number, 'nghị quyết') for (o, n), number in pairs.items()]
        for c in unplaced:  # not placed by the resolutions' words: the generated mapping, marked as such
            for n in sorted(gen.get(c['code'], [])):
                rows.append((c['code'], n, gen_number.get(c['code'], '?'), 'dvhcvn/20250701'))
        for c in unplaced:
            if not gen.get(c['code']):
                # In the list of 4/1/2025 but gone before 1/7/2025 (Sơn La's communes rearranged early in 2025, by
                # an act none of the sources holds): ended on the reform day without a successor, and listed.
                w.writerow([c['code'], '', '', '', '', REFORM, 'không rõ (sắp xếp trước 1/7/2025, ngoài nguồn)',
                            'không có nguồn'])
                problems.append(('-', f"{c['code']} {c['name']}", 'không có trong cả hai ánh xạ; kết thúc không có đơn vị kế thừa / '
                                 'in neither mapping; ended without successor'))
        for o, n, number, basis in sorted(rows):
            nu = new[n]
            w.writerow([o, n, nu['name'], split_kind(nu['name'])[0].capitalize(), nu['province'], REFORM, number, basis])
    # ---- compare with the generated mapping
    mine = collections.defaultdict(set)
    for (o, n) in pairs:
        mine[o].add(n)
    with open(f'{out}/mapping-disagreements.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['Mã cũ', 'Tên cũ', 'Theo nghị quyết (tệp này)', 'Theo dvhcvn/20250701 (mô hình ngôn ngữ)', 'Ghi chú'])
        disagreements = 0
        for p in sorted(old_prov):
            if gen_prov.get(p) != {prov_map[p]}:
                disagreements += 1
                w.writerow([p, old_prov[p], prov_map[p], ' '.join(sorted(gen_prov.get(p, []))), 'tỉnh / province'])
        for code in sorted(set(old) | set(gen)):
            if mine.get(code, set()) != gen.get(code, set()):
                disagreements += 1
                o = old.get(code)
                w.writerow([code, o['name'] if o else '', ' '.join(sorted(mine.get(code, []))),
                            ' '.join(sorted(gen.get(code, []))),
                            'chưa xác định theo nghị quyết / not placed by the resolutions' if code not in mine else ''])
    with open(f'{out}/unresolved.csv', 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['Nơi / where', 'Tên / name', 'Vấn đề / problem'])
        for p in problems:
            w.writerow(p)
    print(json.dumps(dict(old_provinces=len(old_prov), old_districts=len(old_dist), old_communes=len(old),
                          new_provinces=len(new_prov), new_communes=len(new), pairs=len(pairs),
                          unplaced_old=len(unplaced), new_without_predecessor=len(new_without),
                          problems=len(problems), disagreements=disagreements), ensure_ascii=False))


def strip_kind(c):
    return norm(c['name'])[len(c['kind']) + 1:] if norm(c['name']).startswith(c['kind'] + ' ') else norm(c['name'])


NOISE = [r'(?:toàn bộ|một phần) diện tích tự nhiên(?:,? (?:và )?(?:toàn bộ |một phần )?quy mô dân số)?(?: của)?',
         r'phần còn lại của', r'sau khi sắp xếp theo quy định tại .*?Điều này', r'^\s*(?:Sắp xếp|Nhập)\s*',
         r'\btoàn bộ\b', r'quy mô dân số(?: của)?', r'^\s*của\b', r'(?<=[,và]) của\b']


def names(src):
    """'các phường A, B và xã C (huyện D)' -> [(phường, a), (phường, b), (xã, c, d)]."""
    s = src
    for p in NOISE:
        s = re.sub(p, ',', s)
    out, kind, run = [], None, []
    for seg in re.split(r',| và | với ', s):
        seg = re.sub(r'^\s*(?:của|các)?\s*', '', seg.strip()).strip().rstrip('.')
        seg = re.sub(r'^của\s+', '', seg)
        if not seg:
            continue
        m = re.match(r'^(các )?(thị trấn|phường|xã|đặc khu|huyện)\s+(.+)$', seg, re.I)
        if m:
            kind, seg, run = m.group(2).lower(), m.group(3), []
        elif re.match(r'^(các )?(thị trấn|phường|xã)$', seg, re.I):
            continue
        hint = None
        h = re.search(r'\((?:thuộc )?(huyện|quận|thị xã|thành phố|tỉnh)\s+([^)]+)\)', seg, re.I)
        if h:
            hint = (h.group(1), h.group(2).strip())
            seg = seg[:h.start()].strip()
            # "các Phường 1, 2, 5 (quận 3)": the district named last holds for the whole run
            for i in run:
                if out[i][2] is None:
                    out[i] = (out[i][0], out[i][1], hint)
        if kind is None:
            continue
        run.append(len(out))
        out.append((kind, seg.strip(), hint))
    return out


def candidates(scope, kind, name, hint, old_dist):
    want = norm(kind + ' ' + name)
    cands = [c for c in scope if norm(c['name']) == want]
    if not cands:
        cands = [c for c in scope if fold(c['name']) == fold(want)]
    if not cands:  # spelling of minority names: "Ea H'đing" / "Ea Hđing", "Dliê Mnông" / "Dliê M'nông"
        cands = [c for c in scope if squeeze(c['name']) == squeeze(want)]
    if hint and len(cands) > 1:
        narrowed = [c for c in cands if fold(old_dist[c['district']][0]).endswith(fold(hint[1]))]
        cands = narrowed or cands
    return cands


def squeeze(s):
    return re.sub(r'[^a-z0-9]', '', fold(s).replace('y', 'i'))


def clean(s):
    """Spaces the PDF conversion lost ("vàxã", "xãQuảng Lâm", "Yên Thổthành xã mới")."""
    s = s.replace('gọilà', 'gọi là').replace('tên gọi', ' tên gọi')
    s = re.sub(r'thành(?=xã|phường|đặc khu)', 'thành ', s)
    s = re.sub(r'(?<=\S)(thành (?:xã|phường|đặc khu)\b)', r' \1', s)
    s = re.sub(r'(?<=[^\s(])(và|của)(?= |(?=các|xã|phường|thị|một|phần))', r' \1 ', s)
    s = re.sub(r'\b(và|của|các|xã|phường|trấn|tại)(?=[A-ZĐÂĂÊÔƠƯa-zđ])(?!ng|nh|c\b)', r'\1 ', s)
    s = re.sub(r'\b(xã|phường) \1\b', r'\1', s)
    s = re.sub(r'\((?:bao gồm|gồm)[^)]*\)', '', s)
    return re.sub(r' {2,}', ' ', s)


def find(scope, kind, name, hint, old_dist, problems, where):
    want = norm(kind + ' ' + name)
    cands = [c for c in scope if norm(c['name']) == want]
    if not cands:
        cands = [c for c in scope if fold(c['name']) == fold(want)]
    if hint and len(cands) > 1:
        narrowed = [c for c in cands if fold(old_dist[c['district']][0]).endswith(fold(hint[1]))]
        cands = narrowed or cands
    if len(cands) == 1:
        return cands[0]
    problems.append((where, f'{kind} {name}' + (f' ({hint[0]} {hint[1]})' if hint else ''),
                     'không thấy đơn vị cũ / old unit not found' if not cands else
                     'nhiều đơn vị cũ cùng tên / several old units: ' + ' '.join(c['code'] for c in cands)))
    return None


def add(pairs, placed_by, o, n, number):
    pairs.setdefault((o, n), number)
    placed_by[o].add(n)


if __name__ == '__main__':
    main(*sys.argv[1:4])
