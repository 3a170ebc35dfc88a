
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's00d186d3aa8c9b8d': `Heavy-Modell`,
's00f7f16dc3ff42e8': `Eingeordnet`,
's08494ce5a2120fbb': `Übung`,
's193f070113edc2ba': str`${0}: ${1} richtig eingeordnet`,
's198f568b08f491bc': `Deine Bewegungen, gesehen und begleitet – nur auf diesem Gerät.`,
's1da14b389e21f3bb': str`${0} echtes Foto`,
's1e8a8b96800eb133': str`${0} echter Clip`,
's3611fc65513f1a20': str`${0}: ${1} richtig gezählt, ${2} genau`,
's3ea3efff1b648870': `Nach Foto`,
's5c93a4e6ad14a85a': str`Geprüft: ${0} (${1} richtig gezählt).`,
's63ea53e9c6cbb537': str`${0} Clips konnten nicht laufen`,
's69ee3ead2640df33': `Woran jede Übung geprüft wurde`,
's6f32b004f3392910': str`${0} Foto konnte nicht laufen`,
's754fd63d40c1b119': str`Geprüft: ${0} (${1} richtig gezählt) und ${2} (${3} richtig eingeordnet).`,
's76aaaa535714d805': `richtig`,
's7b069934b3b13cd8': str`${0} echte Fotos`,
's7c4052c8d441d4d6': `Urteil`,
's7c7fadf7f7c891ca': str`konnte nicht laufen: ${0}`,
's8ced661758f1aebb': `nicht sicher`,
's922ab4d7d950ba61': `Was die App sagt`,
'sa74ac2b0c617d616': `falsch`,
'saf55e37927e353a9': `Wie genau ist die App?`,
'sc5b502af75c578c8': `Lite-Modell`,
'sc6ff22b105a3b77a': `Noch keine Ergebnisse veröffentlicht.`,
'sd7c721bfebfcbfea': str`Geprüft: ${0} (${1} richtig eingeordnet), noch kein echter Clip: Das Zählen kann weniger zuverlässig sein.`,
'sde54889f07b28d08': str`${0} Clip konnte nicht laufen`,
'sde8f975b85f0e26f': str`${0} Fotos konnten nicht laufen`,
'se32509a0af930752': `Jede Übung wird an einer künstlich bewegten Figur (der Puppe) mit bekannten Antworten getestet. Übungen ohne echten Clip oder echtes Foto haben nur das hinter sich: Ihre Zählung und ihre Hinweise sind weniger erprobt.`,
'se32eadab56171618': `Erwartete Position`,
'se9cef8bcce328f21': `Full-Modell`,
'sf1a78dd2508964c3': `Foto`,
'sf41c70bb98f72fc0': str`${0} echte Clips`,
'sf984592e19792bf5': `Nur an künstlicher Bewegung geprüft – noch keine echten Aufnahmen: Zählung und Hinweise können weniger zuverlässig sein.`,
'sff2bdeb69da4d6cf': `nur mit der Puppe`,
    };
  