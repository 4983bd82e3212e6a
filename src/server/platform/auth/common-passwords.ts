/** Passwords that appear at the top of every leaked-password list, plus local favourites. */
export const commonPasswords = new Set([
  '1234567890', '12345678910', '0123456789', '0987654321', '1111111111', '1234512345', '1122334455',
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123',
  'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwertyuiop123', 'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123',
  '1q2w3e4r5t', '1qaz2wsx3edc', 'qazwsxedc123', 'abcdefghij', 'abcd123456', 'abc1234567', 'a1b2c3d4e5',
  'iloveyou12', 'iloveyou123', 'sayangkamu', 'sayangku123', 'cintaku123', 'bismillah', 'bismillah123',
  'alhamdulillah', 'indonesia', 'indonesia1', 'indonesia123', 'merdeka45', 'merdeka1945', 'garuda123',
  'jakarta123', 'padang1234', 'sumbar1234', 'solok12345', 'kotasolok', 'kotasolok1', 'kotasolok123',
  'pemkotsolok', 'bkpsdm1234', 'bkpsdm12345', 'kinerja123', 'kinerja1234', 'kinerja-demo', 'ekinerja123',
  'rahasia123', 'rahasia1234', 'katasandi', 'katasandi1', 'katasandi123', 'admin12345', 'admin123456',
  'administrator', 'welcome123', 'welcome1234', 'letmein123', 'sunshine12', 'football12', 'princess12',
  'superman12', 'dragon1234', 'monkey1234', 'master1234', 'starwars12', 'trustno1234', 'computer12',
  'changeme123', 'default123', 'test123456', 'testing123', 'pns1234567', 'asn1234567', 'asnberakhlak',
]);
