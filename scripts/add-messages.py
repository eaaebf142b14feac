#!/usr/bin/env python3
"""Adds or updates UI strings in public/_locales/{en,ru}/messages.json from a small table (dev helper)."""
import json, re, sys

def load(lang):
    return json.load(open(f'public/_locales/{lang}/messages.json', encoding='utf-8'))

def save(lang, data):
    with open(f'public/_locales/{lang}/messages.json', 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write('\n')

def placeholders(text):
    names = re.findall(r'\$([A-Z_]+)\$', text)
    return {n.lower(): {'content': f'${i + 1}'} for i, n in enumerate(dict.fromkeys(names))}

def add(table):
    en, ru = load('en'), load('ru')
    for key, (e, r, desc) in table.items():
        en[key] = {'message': e, 'description': desc}
        ru[key] = {'message': r}
        ph = placeholders(e)
        if ph:
            en[key]['placeholders'] = ph
            ru[key]['placeholders'] = placeholders(r)
    save('en', en); save('ru', ru)

if __name__ == '__main__':
    add(json.load(open(sys.argv[1], encoding='utf-8')))
