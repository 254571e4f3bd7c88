import csv, glob, os, sys
bad = n = 0
for k in sorted(glob.glob('keys/*.csv')):
    d = os.path.basename(k)[:-4]
    t = open(f'docs/{d}.txt', encoding='utf-8').read()
    for r in csv.DictReader(open(k, encoding='utf-8')):
        n += 1
        if r['doc'] != d or r['quote'] not in t:
            bad += 1; print('MISMATCH', d, repr(r['quote']))
print(f'{n} quotes checked, {bad} mismatches'); sys.exit(1 if bad else 0)
