import { type HostileCase, story } from '../case.ts';

export const fileSystemCases: HostileCase[] = [
  {
    name: 'a post symlinked to a file outside the site is refused naming link and target',
    family: 'file system',
    links: { 'posts/2025-10-10-linked.md': '{outside}/secret.md' },
    expect: { exit: 1, says: ['posts/2025-10-10-linked.md', '{outside}/secret.md'] },
  },
  {
    name: 'a folder in posts/ symlinked outside the site is refused',
    family: 'file system',
    links: { 'posts/linked': '{outside}/folder' },
    expect: { exit: 1, says: ['posts/linked', '{outside}/folder'] },
  },
  {
    name: 'posts/ itself symlinked outside the site is refused',
    family: 'file system',
    remove: ['posts'],
    links: { posts: '{outside}/folder' },
    expect: { exit: 1, says: ['posts', '{outside}/folder'] },
  },
  {
    name: 'a relative symlink that climbs out of the site is refused',
    family: 'file system',
    links: { 'posts/2025-10-10-up.md': '../../outside/secret.md' },
    expect: { exit: 1, says: ['posts/2025-10-10-up.md'] },
  },
  {
    name: 'a symlink that stays inside the site is followed',
    family: 'file system',
    files: { 'drafts/2025-10-10-inside.md': story({ title: '"Linked from inside"' }) },
    links: { 'posts/2025-10-10-inside.md': '../drafts/2025-10-10-inside.md' },
    expect: { exit: 0, publishes: ['2025/10/09/inside/index.html'] },
  },
  {
    name: 'a dangling symlink is refused naming where it points',
    family: 'file system',
    links: { 'posts/2025-10-10-gone.md': '{site}/nowhere.md' },
    expect: { exit: 1, says: ['posts/2025-10-10-gone.md', 'nowhere.md'] },
  },
  {
    name: 'a symlink loop is refused, not followed forever',
    family: 'file system',
    links: { 'posts/loop-a.md': 'loop-b.md', 'posts/loop-b.md': 'loop-a.md' },
    expect: { exit: 1, says: ['posts/loop-a.md'] },
  },
  {
    name: 'a folder that links to its parent is not walked forever',
    family: 'file system',
    links: { 'posts/again': '.' },
    expect: { exit: 0 },
  },
  { name: 'a named pipe in posts/ is skipped with a warning, never opened', family: 'file system', fifos: ['posts/2025-10-10-pipe.md'], expect: { exit: 0, says: ['posts/2025-10-10-pipe.md'] } },
  { name: 'a folder named like a post is not read as one', family: 'file system', dirs: ['posts/2025-10-10-folder.md'], expect: { exit: 0, says: ['posts/2025-10-10-folder.md'] } },
  { name: 'hidden files and editor leftovers are not posts', family: 'file system', files: { 'posts/.2025-10-10-x.md.swp': 'junk', 'posts/.DS_Store': 'junk' }, expect: { exit: 0 } },
  { name: 'a file that is not markdown is not a post', family: 'file system', files: { 'posts/notes.txt': 'not a post' }, expect: { exit: 0, omits: ['notes.txt'] } },
  {
    name: 'a build while another holds the lock refuses naming its PID',
    family: 'file system',
    env: { BROADSHEET_LOCK_TIMEOUT: '0' },
    lockedByAnother: true,
    expect: { exit: 1, says: ['Another build (PID', 'is writing'] },
  },
  {
    name: 'an output folder under a file is a message naming the path',
    family: 'file system',
    args: ['--output', '{site}/site.json/_site'],
    expect: { exit: 1, says: ['Cannot create the folder {site}/site.json', 'a file of that name is in the way'] },
  },
  {
    name: 'an output folder whose parents do not exist yet is made',
    family: 'file system',
    args: ['--output', '{outside}/../elsewhere/www/_site'],
    expect: { exit: 0 },
  },
  {
    name: 'leftovers of a killed build are cleaned up and the build succeeds',
    family: 'file system',
    dirs: ['_site.staging/half-written', '_site.old-99999/old'],
    files: { '_site.lock': '99999999 2025-01-01T00:00:00Z\n' },
    expect: { exit: 0 },
  },
];
