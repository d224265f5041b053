// "Ông Tống Đào giữ cương vị gì ở phía Trung Quốc?" (what post did Song Tao hold on the Chinese side): a side named as a
// side ("phía Trung Quốc", "bên Việt Nam") after a preposition of place is a party to the talks, not where they were
// held; only a place's proper name ("ở Bắc Kinh", "in Beijing") presumes a meeting there.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const REMOTE = /không gặp trực tiếp|not meet in person|did not meet in person|面对面/;

describe('a side named after a preposition of place', () => {
  it('is a party: the question is answered, no meeting in person put right', () => {
    for (const q of [
      'Ông Tống Đào giữ cương vị gì ở phía Trung Quốc?',
      'Ông Tống Đào giữ chức danh gì ở phía Trung Quốc?',
      'Ông Hoàng Bình Quân giữ cương vị gì ở phía Việt Nam?',
      'Ông Lê Hoài Trung giữ cương vị gì ở bên Việt Nam?',
      'ong Tong Dao giu cuong vi gi o phia Trung Quoc?',
      'Tống Đào đảm nhiệm cương vị gì ở phía Trung Quốc năm 2022?',
      'Ông Quân giữ vị trí gì ở phía Việt Nam trong cuộc điện đàm?',
      'Ở phía Trung Quốc, ông Tống Đào giữ cương vị gì?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).not.toMatch(REMOTE);
      expect(a.text, q).toMatch(/Trưởng Ban/);
    }
  });

  it('keeps a place named by its proper name as a meeting there', () => {
    for (const q of ['Ông Tống Đào giữ cương vị gì khi hội đàm ở Bắc Kinh?', 'Ai tham dự hội đàm được tổ chức ở Hà Nội?', 'Who attended the talks held in Beijing?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/không gặp trực tiếp|in person|face to face/);
    }
  });
});
