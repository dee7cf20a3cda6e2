import fs from 'node:fs';
import path from 'node:path';

/** Converts one .forceignore (gitignore-style) pattern to a RegExp over project-relative POSIX paths. */
function patternToRegExp(pattern: string): RegExp {
    let p = pattern.trim();
    const anchored = p.startsWith('/') || (p.includes('/') && !p.startsWith('**/'));
    p = p.replace(/^\//, '').replace(/\/$/, '/**');
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p.charAt(i);
        if (c === '*' && p.charAt(i + 1) === '*') {
            re += p.charAt(i + 2) === '/' ? '(?:.*/)?' : '.*';
            i += p.charAt(i + 2) === '/' ? 2 : 1;
        } else if (c === '*') {
            re += '[^/]*';
        } else if (c === '?') {
            re += '[^/]';
        } else {
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`${anchored ? '^' : '(?:^|/)'}${re}(?:/.*)?$`);
}

/** Returns a predicate telling whether a file is ignored by the project's `.forceignore`. */
export function forceIgnore(projectDir: string): (file: string) => boolean {
    const file = path.join(projectDir, '.forceignore');
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    const rules = lines
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('#'))
        .map((l) => ({ negate: l.startsWith('!'), re: patternToRegExp(l.replace(/^!/, '')) }));
    return (absolute: string) => {
        const rel = path.relative(projectDir, absolute).split(path.sep).join('/');
        let ignored = false;
        for (const rule of rules) {
            if (rule.re.test(rel)) {
                ignored = !rule.negate;
            }
        }
        return ignored;
    };
}
