import type { Post } from '../src/content/schema.ts';
import { homeUrl } from '../src/pages/permalinks.ts';
import type { Site } from '../src/site.ts';
import { Base } from './base.tsx';
import { PostCard } from './components/post-card.tsx';

export function HomePage({ site, posts }: { site: Site; posts: readonly Post[] }) {
  return (
    <Base site={site} title="" description={site.description} url={homeUrl}>
      <h1 class="visually-hidden">{site.title}</h1>
      <section class="latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest stories</h2>
        {posts.length === 0 ? <p>No stories yet.</p> : posts.map((post) => <PostCard post={post} site={site} />)}
      </section>
    </Base>
  );
}
