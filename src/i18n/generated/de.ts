
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's05cd0e10955add32': str`${0} Sekunden Pause.`,
's198f568b08f491bc': `Deine Bewegungen, gesehen und begleitet – nur auf diesem Gerät.`,
's1e0f375ec036981b': str`${0} Sekunden halten`,
's2839f3cc048d681b': str`${0} Sekunde`,
's4b503289bc8579b6': str`${0} Wiederholung`,
's7b729050eb1438c9': `Ohne Hinsehen: alles ansagen, was der Bildschirm zeigt`,
's7df3fa7b4b4a0717': `✓ Ziel erreicht.`,
's7ebfa50b56cde9bf': str`${0} Wiederholungen`,
'scd0d105bbc07f7ff': str`${0} Als Nächstes: ${1}, Satz ${2} von ${3}, ${4}.`,
'sdc9e7e18fec93bb8': `korrigieren`,
'se7e1ababbc4868b8': str`${0} Sekunden`,
'sfb0b04696172ad9f': str`${0} Sekunde Pause.`,
    };
  