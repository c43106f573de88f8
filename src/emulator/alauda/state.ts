// Alauda's state in the emulator: the web hooks of the signed-in user, with the seed that `reset()` brings back.
import type { Hook } from '../../platforms/alauda/schemas.js';
import type { Emulator } from '../server.js';

const FIRST_NEW_ID = 7;

function seedHooks(owner: string): Hook[] {
  return [
    {
      id: 4,
      subject: `${owner}/docker_images_test`,
      subject_type: 'build_repo',
      events: ['build:complete'],
      name: 'test hook',
      secret: '123456',
      url: 'http://example.com:8080/v1/builds',
      is_active: true,
      created_by: owner,
      created_at: '2015-08-27T09:53:43.563Z',
      updated_at: '2015-08-27T09:53:43.566Z',
    },
    {
      id: 5,
      subject: `${owner}/nginx`,
      subject_type: 'image_repo',
      events: ['image:push'],
      name: 'deploy on push',
      secret: 'push-secret-0005',
      url: 'https://deploy.example.com/alauda',
      is_active: false,
      created_by: owner,
      created_at: '2016-03-01T08:00:00.000Z',
      updated_at: '2016-03-02T10:30:00.000Z',
    },
    {
      id: 6,
      subject: '5f0c1a2e-8d3b-4c6a-9e7f-1b2c3d4e5f60',
      subject_type: 'job',
      events: ['job:succeed', 'job:fail'],
      name: 'nightly job alerts',
      secret: 'job-secret-0006',
      url: 'https://alerts.example.com/jobs',
      is_active: true,
      created_by: owner,
      created_at: '2016-04-11T02:15:07.120Z',
      updated_at: '2016-04-11T02:15:07.120Z',
    },
  ];
}

/**
 * How `GET /v1/hooks` answers: `array`, as Alauda's api/webhook.md shows it, or `paginated`, the
 * `{"count", "next", "previous", "results"}` page of Django REST's PageNumberPagination that Alauda's sibling
 * lists answer (the public alauda-php client reads `$list['results']`).
 */
export type AlaudaListShape = 'array' | 'paginated';

export const ALAUDA_LIST_SHAPES: readonly AlaudaListShape[] = ['array', 'paginated'];

/** Django REST's PageNumberPagination default page size. */
export const DEFAULT_PAGE_SIZE = 20;

export class AlaudaState {
  hooks = new Map<number, Hook>();
  nextId = FIRST_NEW_ID;
  /** Settable by tests (`alaudaStateOf(emulator)`) and the control API (`POST /_emulator/alauda/list-shape`). */
  listShape: AlaudaListShape = 'array';
  pageSize = DEFAULT_PAGE_SIZE;

  constructor(readonly owner: string) {
    this.seed();
  }

  seed(): void {
    this.hooks = new Map(seedHooks(this.owner).map((hook) => [hook.id, hook]));
    this.nextId = FIRST_NEW_ID;
    this.listShape = 'array';
    this.pageSize = DEFAULT_PAGE_SIZE;
  }
}

const states = new WeakMap<Emulator, AlaudaState>();

export function attachAlaudaState(emulator: Emulator, state: AlaudaState): void {
  states.set(emulator, state);
}

/** The Alauda state installed on an emulator, if any. */
export function alaudaStateOf(emulator: Emulator): AlaudaState | undefined {
  return states.get(emulator);
}
