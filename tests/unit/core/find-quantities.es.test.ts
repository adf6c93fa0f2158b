import { describe, it } from 'vitest';
import { count, expectQuantities, money, number, percent, type Seen } from './quantity-cases';


const CASES: [string, Seen[]][] = [
  [
    'OpenAI cerró una ronda de 40.000 millones de dólares liderada por SoftBank.',
    [money('40.000 millones de dólares', 40e9, 'USD')],
  ],
  [
    'El proyecto Stargate prevé 500.000 millones de dólares en cuatro años.',
    [money('500.000 millones de dólares', 500e9, 'USD')],
  ],
  ['La compañía está valorada en 300.000 millones.', [number('300.000 millones', 300e9)]],
  ['La empresa española levantó 1.700 M€ para centros de datos.', [money('1.700 M€', 1.7e9, 'EUR')]],
  [
    'El Gobierno destinará 1.700 millones de euros a la estrategia de inteligencia artificial.',
    [money('1.700 millones de euros', 1.7e9, 'EUR')],
  ],
  ['La Unión Europea movilizará 200.000 millones de euros.', [money('200.000 millones de euros', 200e9, 'EUR')]],
  [
    'Las grandes tecnológicas gastarán 300 mil millones de dólares este año.',
    [money('300 mil millones de dólares', 300e9, 'USD')],
  ],
  [
    'La startup obtuvo 25 millones de dólares estadounidenses en su primera ronda.',
    [money('25 millones de dólares estadounidenses', 25e6, 'USD')],
  ],
  ['ChatGPT tiene 500 millones de usuarios semanales.', [count('500 millones de usuarios', 500e6, 'users')]],
  ['La firma cuenta con 2.000 empleados en América Latina.', [count('2.000 empleados', 2000, 'employees')]],
  ['Las acciones subieron un 11 por ciento tras el anuncio.', [percent('11 por ciento', 11)]],
  ['La facturación creció un 35% en el último trimestre.', [percent('35%', 35)]],
  ['El fondo aportará mil millones de euros al plan.', [money('mil millones de euros', 1e9, 'EUR')]],
  [
    'Mistral AI recaudó 600 millones de euros (unos 640 millones de dólares) en junio.',
    [money('600 millones de euros', 600e6, 'EUR', { value: 640e6, unit: 'USD', text: '640 millones de dólares' })],
  ],
  ['El banco prestará US$ 150 millones a la filial chilena.', [money('US$ 150 millones', 150e6, 'USD')]],
  [
    'Los ingresos alcanzaron 3.700 millones de dólares en 2024.',
    [money('3.700 millones de dólares', 3.7e9, 'USD')],
  ],
  ['La plataforma suma 10 millones de descargas.', [count('10 millones de descargas', 10e6, 'downloads')]],
  ['La operadora ya tiene 100.000 clientes empresariales.', [count('100.000 clientes', 100_000, 'customers')]],
  ['Nvidia entregará 20.000 GPU al centro de supercomputación.', [count('20.000 GPU', 20_000, 'GPUs')]],
  ['El grupo creará 1.500 empleos directos.', [count('1.500 empleos', 1500, 'jobs')]],
  [
    'La valoración se elevó a 2.000 millones de libras esterlinas.',
    [money('2.000 millones de libras esterlinas', 2e9, 'GBP')],
  ],
  ['El presupuesto asciende a 1,5 millones de euros.', [money('1,5 millones de euros', 1.5e6, 'EUR')]],
  [
    'La empresa tiene 300 desarrolladores y 40.000 suscriptores.',
    [count('300 desarrolladores', 300, 'developers'), count('40.000 suscriptores', 40_000, 'subscribers')],
  ],
  ['Ese monto equivale a 4.500 millones de yenes.', [money('4.500 millones de yenes', 4.5e9, 'JPY')]],
  ['El contrato vale 80 millones de francos suizos.', [money('80 millones de francos suizos', 80e6, 'CHF')]],
  ['La ronda semilla fue de 12 M$.', [money('12 M$', 12e6, 'USD')]],
  ['Cuarenta mil millones de dólares llegan de Japón.', [money('Cuarenta mil millones de dólares', 40e9, 'USD')]],
  ['Un billón de euros es el objetivo del plan.', [money('Un billón de euros', 1e12, 'EUR')]],
  ['La aplicación ya tiene 2 millones y medio de usuarios.', [count('2 millones y medio de usuarios', 2.5e6, 'users')]],
];

describe('findQuantities — Spanish news prose', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expectQuantities(sentence, 'es', expected);
  });
});
